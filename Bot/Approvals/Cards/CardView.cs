using ProgramaBot.Commission;

namespace ProgramaBot.Approvals.Cards;

/// <summary>
/// Which copy of a request card to draw. The base copy is what everyone sees; a ballot adds Aprobar / Rechazar
/// (personal when <see cref="Viewer"/> is set, neutral for clients that cannot show personal cards).
/// </summary>
/// <param name="NoticeIsGood">A confirmation (green) rather than a warning (amber).</param>
public sealed record CardView(CommissionMember? Viewer = null, bool Ballot = false, string? Notice = null, bool NoticeIsGood = false)
{
    public static CardView Base { get; } = new();

    public static CardView For(CommissionMember member, string? notice = null, bool noticeIsGood = false)
        => new(member, Ballot: true, notice, noticeIsGood);
}
