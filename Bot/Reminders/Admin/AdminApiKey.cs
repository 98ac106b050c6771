using System.Security.Cryptography;
using System.Text;

namespace ProgramaBot.Reminders.Admin;

/// <summary>Constant-time comparison of a presented key with the configured one; no key configured admits nobody.</summary>
public static class AdminApiKey
{
    public const string Header = "X-Api-Key";

    public static bool Matches(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented))
        {
            return false;
        }

        // Hashing first gives equal lengths, so the comparison time says nothing about the key's length either.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
