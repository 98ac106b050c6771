namespace ProgramaBot.Approvals.Voting;

/// <summary>What voters are told (Spanish).</summary>
public static class VoteMessages
{
    public const string OnlyMembers = "Solo los integrantes de la Comisión pueden votar. No se registró ningún voto.";
    public const string AlreadyDecided = "Esta solicitud ya fue decidida; tu voto no se registró.";
    public const string Stale = "La tarjeta estaba desactualizada: revisa el estado actual y vuelve a votar. Tu clic no se registró.";
    public const string Unchanged = "Tu voto ya estaba registrado; no cambió nada.";
    public const string MissingRequest = "La tarjeta no indica a qué solicitud corresponde.";
    public static readonly string CommentTooLong = $"El comentario admite como máximo {Cards.ApprovalVerbs.MaxCommentLength} caracteres; acórtalo y vuelve a votar.";

    public static string NotFound(string requestId) => $"No encontré la solicitud {requestId}.";

    public static string Recorded(VoteChoice choice) => $"Registré tu voto: {VoteWords.Of(choice)}.";
}
