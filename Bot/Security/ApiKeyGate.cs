using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace ProgramaBot.Security;

/// <summary>
/// The one check of an administration key, for every entry point that takes one (/api/approvals, /api/reminders,
/// /hangfire): compared in constant time, and a client that presents wrong keys too often is told to wait (429) before
/// any more of its keys are even compared, so a short or guessable key cannot be found by trying.
/// </summary>
public sealed class ApiKeyGate : IDisposable
{
    public const string Header = "X-Api-Key";

    /// <summary>Both keys: long enough that a placeholder cannot go to production by accident.</summary>
    public const int MinLength = 16;

    public const int FailuresPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public const string TooManyFailuresMessage =
        "Demasiados intentos con una clave de administración no válida. Espere un minuto antes de intentarlo de nuevo.";

    // ASP.NET Core's rate limiter, per client address, spent only by wrong keys: an admin's own traffic never counts.
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = FailuresPerWindow, Window = Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    public ApiKeyResult Check(HttpContext http, string? configured, string? presented)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_failures.GetStatistics(client)?.CurrentAvailablePermits == 0)
        {
            return ApiKeyResult.TooManyFailures;
        }

        if (Matches(configured, presented))
        {
            return ApiKeyResult.Accepted;
        }

        if (!string.IsNullOrEmpty(presented))
        {
            using var _ = _failures.AttemptAcquire(client);
        }

        return ApiKeyResult.Rejected;
    }

    /// <summary>Hashing first makes the comparison length-independent as well as constant-time. No key configured admits nobody.</summary>
    private static bool Matches(string? configured, string? presented)
        => !string.IsNullOrEmpty(configured) && !string.IsNullOrEmpty(presented)
           && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    /// <summary>429 with the wait in Retry-After.</summary>
    public static IResult TooManyFailures(HttpContext http)
    {
        http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Demasiados intentos", detail: TooManyFailuresMessage,
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = (int)Window.TotalSeconds });
    }

    public void Dispose() => _failures.Dispose();
}

public enum ApiKeyResult
{
    Accepted,
    Rejected,
    TooManyFailures,
}
