using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ProgramaBot.BotFramework.Auth;

/// <summary>
/// Tokens whose signature, issuer, audience, algorithm and lifetime have been validated, kept by their exact text so
/// the next activity carrying the same token (the Bot Connector reuses one for up to an hour) is not verified again:
/// an RSA signature check and a parse were most of a production turn's authentication.
/// <para>
/// What is kept is only what cannot change for the same text: a token is its signature, so the same string is the same
/// signed claims. What can change is checked again on every use, here or by the caller: the lifetime (an entry is
/// never returned once the token has expired, with the same skew as the first validation), the signing key (the entry
/// is only used while the issuer still publishes the very key object it was verified with: a refreshed key set, or a
/// key withdrawn, means a full validation), and everything that depends on the activity (its channel's endorsement,
/// the serviceurl claim against the activity, the calling app) is checked by <see cref="InboundAuthenticator"/> as
/// before. A different token, even by one character, is a different key here: a miss, then a full validation.
/// </para>
/// Only tokens that passed the whole validation are added, so a flood of forged tokens cannot fill it; it is bounded
/// anyway (<see cref="Capacity"/>), expired entries make room, and when it is full of live tokens new ones are simply
/// validated every time. Concurrent turns share it: a concurrent dictionary of immutable entries.
/// </summary>
internal sealed class ValidatedTokens
{
    public const int Capacity = 1_000;

    private sealed record Entry(JsonWebToken Token, SecurityKey Key, DateTimeOffset UsableUntil);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public ValidatedTokens() => _byText = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _entries.Count;

    /// <summary>The token validated earlier with exactly this text, if it has not expired; the caller checks the key.</summary>
    /// <param name="raw">The token's text, looked up without making a string of it.</param>
    public JsonWebToken? Find(ReadOnlySpan<char> raw, DateTimeOffset now, out SecurityKey? verifiedWith)
    {
        verifiedWith = null;
        if (!_byText.TryGetValue(raw, out var entry))
        {
            return null;
        }

        if (now > entry.UsableUntil)
        {
            _byText.TryRemove(raw, out _);
            return null;
        }

        verifiedWith = entry.Key;
        return entry.Token;
    }

    /// <summary>Keeps a token that has just passed the whole validation with <paramref name="key"/>.</summary>
    /// <param name="clockSkew">The skew the validation allowed past the token's expiry.</param>
    public void Add(string raw, JsonWebToken token, SecurityKey key, TimeSpan clockSkew, DateTimeOffset now)
    {
        var usableUntil = new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc)) + clockSkew;
        if (now > usableUntil)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            RemoveExpired(now);
            if (_entries.Count >= Capacity)
            {
                return;
            }
        }

        _entries[raw] = new Entry(token, key, usableUntil);
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var (text, entry) in _entries)
        {
            if (now > entry.UsableUntil)
            {
                _entries.TryRemove(text, out _);
            }
        }
    }
}
