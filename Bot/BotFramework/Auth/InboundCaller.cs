namespace ProgramaBot.BotFramework.Auth;

/// <summary>Who an accepted activity came from, as far as its token proves it.</summary>
public sealed record InboundCaller(InboundCallerKind Kind, string? AppId = null)
{
    public static readonly InboundCaller Local = new(InboundCallerKind.Local);

    /// <summary>
    /// The activity's serviceUrl is where this conversation really lives: a Bot Framework token said so in its serviceurl
    /// claim (or local mode, where nothing is authenticated and no token is sent). Only then may a stored conversation
    /// reference be created or moved.
    /// </summary>
    public bool VouchesForServiceUrl => Kind is InboundCallerKind.BotConnector or InboundCallerKind.Local;
}

public enum InboundCallerKind
{
    /// <summary>No app id configured (Development only): nothing is authenticated.</summary>
    Local,

    /// <summary>A Bot Framework token: the Bot Connector (Teams) sent this activity for the serviceUrl it names.</summary>
    BotConnector,

    /// <summary>An Entra token of the tenant whose calling app is the bot itself or on BotAuthentication:AllowedCallers.</summary>
    EntraApp,
}
