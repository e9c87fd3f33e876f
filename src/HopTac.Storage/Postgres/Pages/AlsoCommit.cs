using HopTac.Core.Pages;
using Npgsql;

namespace HopTac.Storage.Postgres.Pages;

/// <summary>
/// Work a save does in its own transaction before committing, told the batch's indices and results of the pages that
/// transaction stored (see <see cref="PostgresPageWriter.SaveBatchAsync(IReadOnlyList{PageRecord}, AlsoCommit, CancellationToken)"/>).
/// </summary>
internal delegate Task AlsoCommit(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(int Index, SaveResult Result)> saved, CancellationToken cancellationToken);
