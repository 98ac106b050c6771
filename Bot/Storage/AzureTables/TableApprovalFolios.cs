using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ProgramaBot.Approvals.Creation;
using ProgramaBot.Approvals.Storage;

namespace ProgramaBot.Storage.AzureTables;

/// <summary>
/// Folios in Azure Tables, all in one partition of their own table: a counter row per year ("year|2026") and a row per
/// token that took a folio ("token|{token}"). Taking a number is one entity-group transaction that replaces the counter
/// row only if its ETag is still the one read (or adds it, for a year's first number) and adds the token's row; when
/// another instance moved the counter or bound the token first, the transaction fails whole and this one reads again.
/// </summary>
internal sealed class TableApprovalFolios(TableClients tables) : IRequestFolios
{
    private const string Table = "ApprovalFolios";
    private const string Partition = "folios";
    private const string LastNumber = "LastNumber";
    private const string Folio = "Folio";

    /// <summary>Enough for dozens of instances taking numbers at the same instant; each lost race costs one round trip.</summary>
    private const int MaxAttempts = 60;

    public async Task<string?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        return await FindAsync(table, token, cancellationToken);
    }

    public async Task<string> TakeAsync(int year, string? token, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var counterKey = "year|" + year.ToString(CultureInfo.InvariantCulture);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (token is not null && await FindAsync(table, token, cancellationToken) is { } taken)
            {
                return taken;
            }

            var counter = await table.GetEntityIfExistsAsync<TableEntity>(Partition, counterKey, cancellationToken: cancellationToken);
            var number = (counter.HasValue ? counter.Value!.GetInt64(LastNumber) ?? 0 : 0) + 1;
            var folio = RequestIds.Folio(year, number);
            var row = new TableEntity(Partition, counterKey) { [LastNumber] = number };
            var actions = new List<TableTransactionAction>
            {
                counter.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, row, counter.Value!.ETag)
                    : new(TableTransactionActionType.Add, row),
            };
            if (token is not null)
            {
                actions.Add(new(TableTransactionActionType.Add, new TableEntity(Partition, TokenRow(token)) { [Folio] = folio }));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return folio;
            }
            catch (Exception e) when (IsLostRace(e))
            {
                // Another instance took this number (or bound this token) first; spread the retries so they do not collide again.
                await Task.Delay(Random.Shared.Next(5, 20 + (10 * Math.Min(attempt, 10))), cancellationToken);
            }
        }

        throw new InvalidOperationException($"No folio of {year} could be taken after {MaxAttempts} attempts: the counter kept moving.");
    }

    private static async Task<string?> FindAsync(TableClient table, string token, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TokenRow(token), select: [Folio], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString(Folio) : null;
    }

    private static string TokenRow(string token) => "token|" + TableKeys.Encode(token);

    /// <summary>412: the counter's ETag moved; 409: the counter or the token's row was added by someone else.</summary>
    private static bool IsLostRace(Exception e) => e switch
    {
        TableTransactionFailedException { Status: 409 or 412 } => true,
        RequestFailedException { Status: 409 or 412 } => true,
        _ => false,
    };
}
