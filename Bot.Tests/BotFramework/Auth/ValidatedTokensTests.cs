using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ProgramaBot.BotFramework.Auth;

namespace ProgramaBot.Tests.BotFramework.Auth;

public sealed class ValidatedTokensTests
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "k1" };

    private (string Raw, JsonWebToken Token) TokenExpiringAt(DateTimeOffset expires, string subject = "s")
    {
        var raw = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = "app",
            Claims = new Dictionary<string, object> { ["sub"] = subject },
            NotBefore = expires.UtcDateTime.AddHours(-2),
            IssuedAt = expires.UtcDateTime.AddHours(-2),
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return (raw, new JsonWebToken(raw));
    }

    [Fact]
    public void AKeptTokenIsFoundByItsExactTextWithTheKeyItWasVerifiedWith()
    {
        var tokens = new ValidatedTokens();
        var (raw, token) = TokenExpiringAt(Now.AddHours(1));
        tokens.Add(raw, token, _key, Skew, Now);

        Assert.Same(token, tokens.Find(raw, Now, out var key));
        Assert.Same(_key, key);
        Assert.Null(tokens.Find(raw + "x", Now, out _));
        Assert.Null(tokens.Find(raw.AsSpan(0, raw.Length - 1), Now, out _));
    }

    [Fact]
    public void AKeptTokenIsFoundUntilItsExpiryPlusTheSkewAndNotAfter()
    {
        var tokens = new ValidatedTokens();
        var expires = Now.AddMinutes(10);
        var (raw, token) = TokenExpiringAt(expires);
        tokens.Add(raw, token, _key, Skew, Now);

        Assert.NotNull(tokens.Find(raw, expires + Skew, out _));
        Assert.Null(tokens.Find(raw, expires + Skew + TimeSpan.FromSeconds(1), out _));
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void ATokenAlreadyPastItsSkewIsNotKept()
    {
        var tokens = new ValidatedTokens();
        var (raw, token) = TokenExpiringAt(Now - Skew - TimeSpan.FromSeconds(1));
        tokens.Add(raw, token, _key, Skew, Now);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void ItNeverHoldsMoreThanItsCapacityAndExpiredTokensMakeRoom()
    {
        var tokens = new ValidatedTokens();
        var soon = Now.AddMinutes(1);
        for (var i = 0; i < ValidatedTokens.Capacity; i++)
        {
            var (raw, token) = TokenExpiringAt(i == 0 ? soon : Now.AddHours(1), subject: $"s{i}");
            tokens.Add(raw, token, _key, Skew, Now);
        }

        var (extra, extraToken) = TokenExpiringAt(Now.AddHours(1), subject: "extra");
        tokens.Add(extra, extraToken, _key, Skew, Now);
        Assert.Equal(ValidatedTokens.Capacity, tokens.Count);
        Assert.Null(tokens.Find(extra, Now, out _));

        var later = soon + Skew + TimeSpan.FromSeconds(1);
        tokens.Add(extra, extraToken, _key, Skew, later);
        Assert.Equal(ValidatedTokens.Capacity, tokens.Count);
        Assert.NotNull(tokens.Find(extra, later, out _));
    }
}
