namespace ProgramaBot.Welcome;

/// <summary>What a message that is only courtesy or curiosity about the bot is: a greeting, thanks, a goodbye, «¿quién eres?».</summary>
public enum SmallTalkKind
{
    Greeting,
    Thanks,
    Goodbye,
    Identity,
    Capabilities,
    Wellbeing,
    Help,
}

/// <summary>
/// Recognises small talk by the whole message (folded, courtesy words aside), so «gracias, ¿y la sesión III?» stays a
/// question; only what is nothing but courtesy gets a courteous answer instead of «No lo sé».
/// </summary>
public static class SmallTalk
{
    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal)
    {
        "por", "favor", "bot", "programabot", "oye", "oiga", "y", "muy", "pues", "ok", "okay", "vale", "perfecto", "excelente",
        "listo", "bien", "entendido", "de", "nuevo", "estimado", "licenciado", "senor", "senora",
    };

    private static readonly Dictionary<string, SmallTalkKind> Phrases = Build();

    /// <summary>The kind of small talk <paramref name="text"/> is, or null when it asks or commands something else.</summary>
    public static SmallTalkKind? Classify(string text)
    {
        // Asked of every message: the kept words are joined and looked up in place, without copies.
        var normalized = SpanishText.Normalize(text);
        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        ReadOnlySpan<char> kept = buffer[..SpanishText.JoinWordsExcept(normalized, CourtesyWord, buffer)];
        if (kept.Length == 0)
        {
            // «ok», «perfecto», «muy bien»: an acknowledgement, answered like thanks.
            return normalized.Length > 0 ? SmallTalkKind.Thanks : null;
        }

        if (PhraseOf.TryGetValue(kept, out var kind))
        {
            return kind;
        }

        foreach (var greeting in Greetings)
        {
            if (kept.Length > greeting.Length + 1 && kept.StartsWith(greeting, StringComparison.Ordinal) && kept[greeting.Length] == ' '
                && PhraseOf.TryGetValue(kept[(greeting.Length + 1)..], out kind))
            {
                return kind;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CourtesyWord = Courtesy.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, SmallTalkKind>.AlternateLookup<ReadOnlySpan<char>> PhraseOf = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Greetings = ["hola", "buenos dias", "buenas tardes", "buenas noches", "buen dia", "buenas"];

    private static Dictionary<string, SmallTalkKind> Build()
    {
        var phrases = new Dictionary<string, SmallTalkKind>(StringComparer.Ordinal);
        void Add(SmallTalkKind kind, params string[] texts)
        {
            foreach (var text in texts)
            {
                phrases[text] = kind;
            }
        }

        Add(SmallTalkKind.Greeting, "hola", "holi", "hey", "saludos", "buenos dias", "buen dia", "buenas tardes", "buenas noches", "buenas",
            "que tal", "hola que tal", "hola buenos dias", "hola buenas tardes", "hola buenas noches", "hola buenas");
        Add(SmallTalkKind.Thanks, "gracias", "muchas gracias", "mil gracias", "te agradezco", "le agradezco", "se agradece", "gracias por todo",
            "muchisimas gracias", "gracias por la informacion", "gracias por tu ayuda", "gracias por su ayuda", "gracias por la ayuda");
        Add(SmallTalkKind.Goodbye, "adios", "hasta luego", "hasta pronto", "hasta manana", "nos vemos", "bye", "chao", "chau",
            "hasta la proxima", "que tenga buen dia", "que tengas buen dia", "buen fin de semana");
        Add(SmallTalkKind.Identity, "quien eres", "que eres", "quien es usted", "que es usted", "como te llamas", "como se llama",
            "cual es tu nombre", "cual es su nombre", "eres un bot", "eres humano", "eres una persona", "es usted un bot", "quien te hizo",
            "quien eres tu", "tu quien eres", "que es programabot", "quien es programabot", "presentate", "presentese");
        Add(SmallTalkKind.Capabilities, "que puedes hacer", "que puede hacer", "que sabes hacer", "que sabe hacer", "que haces", "que hace",
            "para que sirves", "para que sirve", "en que me puedes ayudar", "en que me puede ayudar", "como me puedes ayudar",
            "como me puede ayudar", "que sabes", "que sabe", "como funcionas", "como funciona", "que preguntas puedo hacer");
        Add(SmallTalkKind.Wellbeing, "como estas", "como esta", "como te va", "como le va", "que tal estas", "como has estado");
        Add(SmallTalkKind.Help, "ayuda", "ayudame", "ayudeme", "help", "menu", "comandos", "opciones", "necesito ayuda", "instrucciones");
        return phrases;
    }
}
