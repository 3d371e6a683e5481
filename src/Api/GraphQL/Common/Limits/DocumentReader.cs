using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// Turns query text into a document in three bounded steps: its length, its token count (lexing
/// is linear and stops at the limit) and a parse whose recursion depth is capped. Each refusal is
/// a coded <see cref="ExecutionError"/>, never an exception that would reach a client as internals.
/// </summary>
internal static class DocumentReader
{
    // Lexing is fast; checking the token every so many tokens keeps the check out of the way.
    private const int CancellationCheckInterval = 1024;

    /// <summary>The parsed document, or the error that refused it.</summary>
    public static (GraphQLDocument? Document, ExecutionError? Error) Read(
        string query, QueryLimitsOptions limits, CancellationToken cancellationToken)
    {
        if (query.Length > limits.MaxDocumentLength)
        {
            return (null, new QueryLimitError(
                PlatformErrors.MaxDocumentSize,
                $"The document has {query.Length} characters; the maximum is {limits.MaxDocumentLength}."));
        }

        try
        {
            if (CountTokens(query, limits.MaxTokens, cancellationToken) > limits.MaxTokens)
            {
                return (null, new QueryLimitError(
                    PlatformErrors.MaxDocumentSize,
                    $"The document has more than {limits.MaxTokens} tokens; the maximum is {limits.MaxTokens}."));
            }

            var options = new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth };
            return (Parser.Parse(query, options), null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new QueryLimitError(
                PlatformErrors.MaxDepth,
                $"The document is nested too deeply to parse; the maximum parser depth is {limits.MaxParserDepth}."));
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            // GraphQL.NET's own syntax error: the parser's description and location, code SYNTAX_ERROR.
            return (null, new SyntaxError(ex));
        }
    }

    /// <summary>Counts tokens (comments included), stopping once <paramref name="limit"/> is passed.</summary>
    private static int CountTokens(string query, int limit, CancellationToken cancellationToken)
    {
        var source = new ROM(query.AsMemory());
        var count = 0;
        var position = 0;
        while (true)
        {
            var token = Lexer.Lex(source, position);
            if (token.Kind == TokenKind.EOF || ++count > limit)
                return count;

            if (count % CancellationCheckInterval == 0)
                cancellationToken.ThrowIfCancellationRequested();

            position = token.End;
        }
    }
}
