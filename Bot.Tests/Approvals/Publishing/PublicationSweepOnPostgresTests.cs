using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Approvals.Publishing;

/// <summary>The publication sweep as a Hangfire recurring job on PostgreSQL, the storage several instances share.</summary>
[Collection(PostgresTests.Name)]
public sealed class PublicationSweepOnPostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TheSweepRunsAsAHangfireRecurringJobOnPostgreSql()
        => await PublicationSweepScheduleTests.SweepThroughHangfireAsync(new Dictionary<string, string?>
        {
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSql:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        });
}
