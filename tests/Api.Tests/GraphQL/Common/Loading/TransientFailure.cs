using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>A failure that a retrying strategy retries, with the interceptors that cause it once.</summary>
internal sealed class TransientFailure() : Exception("The connection broke.")
{
    /// <summary>Breaks the first command as a dropped connection would: closes the connection, then fails.</summary>
    public sealed class OnFirstCommand : DbCommandInterceptor
    {
        private int commands;

        public int Commands => commands;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref commands) == 1)
            {
                command.Connection!.Close();
                throw new TransientFailure();
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Fails the first opening of a connection, as a server out of reach for a moment would.</summary>
    public sealed class OnFirstOpening : DbConnectionInterceptor
    {
        private int attempts;

        public int Attempts => attempts;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new TransientFailure() : ValueTask.FromResult(result);
    }
}
