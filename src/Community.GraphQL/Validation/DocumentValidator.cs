using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>Checks an executable document against a schema with the rules of the specification's section 5.</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs every rule of <paramref name="options"/> in one walk over the document and returns the
    /// errors found, in the order found; an empty list means the document is valid. Never throws
    /// for an invalid document: errors come back as values, at most <see cref="ValidationOptions.MaxErrors"/>
    /// of them plus one saying that validation was aborted.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= new ValidationOptions();

        var context = new ValidationContext(schema, document, options.MaxErrors);
        var visitors = new ValidationVisitor[options.Rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = options.Rules[i].CreateVisitor(context);
        }

        try
        {
            new DocumentWalker(context.TypeInfo, visitors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the context already holds the closing error.
        }
        catch (InsufficientExecutionStackException)
        {
            context.AddUncheckedError(GraphQLError.Coded(ValidationErrors.DocumentTooDeep(), ErrorCodes.DocumentTooLarge));
        }

        return context.Errors;
    }
}
