using System.Reflection;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Clr;

public class ClrTypeMapperTests
{
    private static readonly ClrTypeMapper Mapper = new(new Dictionary<Type, string> { [typeof(Sample)] = "Sample", [typeof(Color)] = "Color" });

    [Theory]
    [InlineData(nameof(Sample.Text), "String!")]
    [InlineData(nameof(Sample.MaybeText), "String")]
    [InlineData(nameof(Sample.Count), "Int!")]
    [InlineData(nameof(Sample.MaybeCount), "Int")]
    [InlineData(nameof(Sample.Big), "Long!")]
    [InlineData(nameof(Sample.Ratio), "Float!")]
    [InlineData(nameof(Sample.Price), "Decimal!")]
    [InlineData(nameof(Sample.Flag), "Boolean!")]
    [InlineData(nameof(Sample.Key), "UUID!")]
    [InlineData(nameof(Sample.At), "DateTime!")]
    [InlineData(nameof(Sample.On), "Date")]
    [InlineData(nameof(Sample.Link), "URL")]
    [InlineData(nameof(Sample.Color), "Color!")]
    [InlineData(nameof(Sample.Names), "[String]!")]
    [InlineData(nameof(Sample.Numbers), "[Int!]")]
    [InlineData(nameof(Sample.Children), "[Sample!]!")]
    [InlineData(nameof(Sample.Grid), "[[Int!]!]!")]
    public void Infers_types_and_nullability_from_clr_members(string member, string expected)
    {
        var type = Mapper.Map(typeof(Sample).GetProperty(member)!, out var error);
        Assert.Null(error);
        Assert.Equal(expected, Printer.Print(type!));
    }

    [Fact]
    public void Reports_members_of_unbound_types()
    {
        Assert.Null(Mapper.Map(typeof(Sample).GetProperty(nameof(Sample.Unbound))!, out var error));
        Assert.Equal("no GraphQL type is bound to the CLR type Stream", error);
    }

    private enum Color
    {
        Red,
    }

    private sealed class Sample
    {
        public string Text { get; set; } = string.Empty;

        public string? MaybeText { get; set; }

        public int Count { get; set; }

        public int? MaybeCount { get; set; }

        public long Big { get; set; }

        public double Ratio { get; set; }

        public decimal Price { get; set; }

        public bool Flag { get; set; }

        public Guid Key { get; set; }

        public DateTimeOffset At { get; set; }

        public DateOnly? On { get; set; }

        public Uri? Link { get; set; }

        public Color Color { get; set; }

        public List<string?> Names { get; set; } = [];

        public int[]? Numbers { get; set; }

        public IReadOnlyList<Sample> Children { get; set; } = [];

        public List<List<int>> Grid { get; set; } = [];

        public Stream Unbound { get; set; } = Stream.Null;
    }
}
