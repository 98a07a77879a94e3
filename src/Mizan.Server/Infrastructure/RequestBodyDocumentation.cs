using Microsoft.OpenApi;

namespace Mizan.Server.Infrastructure;

/// <summary>
/// Documents a body that an endpoint reads itself in two forms, JSON and multipart. (<c>Accepts</c> metadata
/// would also make routing refuse the other content type, which is not what these endpoints want.)
/// </summary>
internal static class RequestBodyDocumentation
{
    public static RouteHandlerBuilder AcceptsJsonOrMultipart<TJson, TForm>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var json = await context.GetOrCreateSchemaAsync(typeof(TJson), null, cancellationToken).ConfigureAwait(false);
            var form = await context.GetOrCreateSchemaAsync(typeof(TForm), null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["application/json"] = new() { Schema = json },
                    ["multipart/form-data"] = new() { Schema = form },
                },
            };
        });

    /// <summary>
    /// Documents a body of one media type without making it a routing constraint, so authorization answers first and
    /// an optional body may be left out (the framework's Accepts would answer 415 to anything else).
    /// </summary>
    public static RouteHandlerBuilder DocumentsBody<TBody>(this RouteHandlerBuilder builder, string mediaType, bool required) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [mediaType] = new() { Schema = schema } },
            };
        });
}
