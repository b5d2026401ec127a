using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.Data.EntityFramework;

/// <summary>
/// Gives a field a <see cref="DbContext"/> of its own. Sibling fields resolve concurrently and a
/// context is not thread-safe, so no two running resolvers may share one: each field that opts in
/// borrows a context from the registered <see cref="IDbContextFactory{TContext}"/> (pooled when
/// registered with <c>AddPooledDbContextFactory</c>) and returns it once its value, paged and
/// loaded, is complete. Call it before the <c>Use...</c> list conventions so that it wraps them.
/// </summary>
public static class DbContextFieldDescriptorExtensions
{
    public static FieldDescriptor UseDbContext<TContext>(this FieldDescriptor field)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Use(next => async context =>
        {
            var factory = context.Services.GetRequiredService<IDbContextFactory<TContext>>();
            var dbContext = await factory.CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
            await using (dbContext.ConfigureAwait(false))
            {
                return await next(new DbContextResolverContext(context, dbContext)).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The context <see cref="UseDbContext{TContext}"/> gave this field.</summary>
    /// <exception cref="InvalidOperationException">The field did not opt in with <see cref="UseDbContext{TContext}"/>.</exception>
    public static TContext DbContext<TContext>(this IResolverContext context)
        where TContext : DbContext =>
        context is DbContextResolverContext { DbContext: TContext dbContext }
            ? dbContext
            : throw new InvalidOperationException(
                $"{context.ObjectType.Name}.{context.Field.Name} has no {typeof(TContext).Name}: call UseDbContext<{typeof(TContext).Name}>() on the field before its resolver.");
}
