namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Words that shape a question but say nothing about its subject ("dime", "cuándo", "por favor").
/// They are neither evidence that a question is about the programme nor evidence against it.
/// </summary>
public static class QuestionWords
{
    public static readonly IReadOnlySet<string> Fillers = new HashSet<string>(StringComparer.Ordinal)
    {
        "que", "cual", "cuales", "cuando", "cuanto", "cuanta", "cuantos", "cuantas", "quien", "quienes", "como", "donde",
        "dime", "dame", "digame", "diga", "decir", "dices", "puedes", "podrias", "puede", "podria", "quiero", "quisiera",
        "saber", "gustaria", "necesito", "ocupo", "informacion", "info", "favor", "por", "porfavor", "gracias", "hola",
        "oye", "bot", "programabot", "buenas", "buenos", "dias", "tardes", "noches", "ok", "okay", "sale", "va",
        "es", "son", "era", "sera", "seran", "fue", "esta", "estan", "hay", "habra", "hubo", "tiene", "tienen", "tengo",
        "toca", "tocan", "le", "les", "me", "nos", "se", "te", "lo", "la", "el", "los", "las", "un", "una", "unos", "unas",
        "de", "del", "al", "a", "en", "con", "para", "sobre", "segun", "y", "o", "u", "e", "ni", "si", "no", "mas",
        "dice", "dicen", "habla", "hablan", "trata", "tratan", "menciona", "mencionan", "establece", "establecen",
        "señala", "indica", "refiere", "contempla", "contiene", "incluye", "significa", "significan", "quiere",
        "refiere", "hace", "hacen", "realiza", "realizan", "celebra", "celebran", "celebrara", "llevara", "cabo",
        "programada", "programadas", "programado", "programados", "prevista", "previstas", "planeada", "planeadas",
        "exactamente", "aproximadamente", "mes", "meses", "fecha", "fechas", "dia", "año", "ano", "anual", "actual",
        "documento", "programa", "plan", "trabajo", "pat", "respecto", "acerca", "tema", "caso", "algo", "todo", "todos",
        "todas", "cada", "otra", "otro", "vez", "veces", "numero", "num", "no.", "n", "mi", "mis", "tu", "su", "sus",
        "ese", "esa", "este", "esta", "eso", "esto", "aqui", "ahi", "alla", "ya", "aun", "todavia", "entonces", "pues",
        "bien", "muy", "hoy", "ahora", "actualmente", "siguiente", "proxima", "proximo", "ultima", "ultimo", "nueva",
        "explica", "explicame", "resume", "resumen", "detalle", "detalles", "breve", "brevemente", "corresponde",
        "corresponden", "correspondiente", "sirve", "objeto", "hacer", "haria", "haran", "deben", "debe", "debera",
        "pasa", "pasara", "sucede", "ocurre", "existe", "existen", "consiste", "consisten", "alguna", "alguno", "algun",
    };

    public static bool IsFiller(string word) => Fillers.Contains(word);
}
