using ProgramaBot.Approvals.Requests;

namespace ProgramaBot.Approvals.Voting;

/// <summary>What voters are told (Spanish).</summary>
public static class VoteMessages
{
    public const string OnlyMembers = "Solo los integrantes de la Comisión pueden votar. No se registró ningún voto.";
    public const string AlreadyDecided = "Esta solicitud ya fue decidida; su voto no se registró.";
    public const string Stale = "La tarjeta estaba desactualizada: revise el estado actual y vuelva a votar. Su clic no se registró.";
    public const string Unchanged = "Su voto ya estaba registrado; no cambió nada.";
    public const string MissingRequest = "La tarjeta no indica a qué solicitud corresponde.";
    public static readonly string CommentTooLong = $"El comentario admite como máximo {Cards.ApprovalVerbs.MaxCommentLength} caracteres; acórtelo y vuelva a votar.";

    public static string NotFound(string requestId) => $"No encontré la solicitud {requestId}.";

    public static string Recorded(VoteChoice choice) => $"Registré su voto: {VoteWords.Of(choice)}.";
}
