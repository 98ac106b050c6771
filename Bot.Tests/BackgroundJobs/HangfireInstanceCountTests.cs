using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Logging.Abstractions;
using ProgramaBot.BackgroundJobs;

namespace ProgramaBot.Tests.BackgroundJobs;

/// <summary>The instances sharing Teams' global limit are the Hangfire servers alive in the shared job storage.</summary>
public sealed class HangfireInstanceCountTests
{
    [Fact]
    public async Task TwoServersOnOneStorageAreTwoInstancesAndOneAfterTheOtherStops()
    {
        var storage = new InMemoryStorage();
        var count = new HangfireInstanceCount(storage, NullLogger<HangfireInstanceCount>.Instance);
        Assert.Equal(1, count.Count()); // no server yet: never below one

        using var first = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1 }, storage);
        var second = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1 }, storage);
        await WaitForAsync(() => count.Count() == 2);

        second.SendStop();
        second.Dispose();
        await WaitForAsync(() => count.Count() == 1);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
