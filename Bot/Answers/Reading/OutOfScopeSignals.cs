namespace ProgramaBot.Answers.Reading;

/// <summary>
/// Marks of a question the programme cannot answer however it is phrased: money amounts (the
/// programme states none), other institutions and states, current affairs. A guess would be worse
/// than "no lo sé", so these decline before any matching.
/// </summary>
public static class OutOfScopeSignals
{
    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "dinero", "monto", "montos", "pesos", "peso", "dolar", "dolares", "euro", "euros", "precio", "precios", "costo",
        "costos", "cuesta", "cuestan", "sueldo", "sueldos", "salario", "salarios", "mxn", "usd", "cotizacion",
    };

    /// <summary>Money only when asked "cuánto": "¿cuánto se paga?" but not "¿quién autoriza el pago?".</summary>
    private static readonly HashSet<string> HowMuchWords = new(StringComparer.Ordinal)
    {
        "gana", "ganan", "cobra", "cobran", "paga", "pagan", "pago", "pagos", "presupuesto", "recibe", "reciben", "vale",
    };

    private static readonly HashSet<string> OtherBodies = new(StringComparer.Ordinal)
    {
        "congreso", "senado", "senadores", "diputados", "diputado", "camara", "tribunal", "tepjf", "scjn", "suprema",
        "gobernador", "gobernadora", "alcalde", "alcaldesa", "presidente", "presidencia", "republica", "partido",
        "partidos", "morena", "pri", "prd", "pvem", "inai", "sat", "imss", "issste", "unam", "cfe", "pemex", "banxico",
        "ife", "fepade", "onu", "fifa", "iee", "ieem", "iecm", "ieqroo", "iepcgro", "cee",
        "aguascalientes", "baja", "campeche", "chiapas", "chihuahua", "coahuila", "colima", "guanajuato", "guerrero",
        "hidalgo", "jalisco", "michoacan", "morelos", "nayarit", "leon", "oaxaca", "puebla", "queretaro", "quintana",
        "potosi", "sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala", "veracruz", "yucatan", "zacatecas", "cdmx",
        "edomex", "monterrey", "guadalajara", "tijuana", "torreon",
    };

    private static readonly HashSet<string> CurrentAffairs = new(StringComparer.Ordinal)
    {
        "clima", "lluvia", "llovera", "temperatura", "pronostico", "chiste", "chistes", "broma", "cuentame", "futbol",
        "partido", "receta", "pelicula", "cancion", "noticias", "horoscopo", "bitcoin", "gano", "ganaron", "ganara",
    };

    /// <summary>The programme names no one and gives no contact details.</summary>
    private static readonly HashSet<string> PersonalDetails = new(StringComparer.Ordinal)
    {
        "llama", "llaman", "nombre", "nombres", "apellido", "telefono", "correo", "email", "celular", "whatsapp", "edad",
        "empleados", "trabajadores", "oficina", "oficinas", "horario", "domicilio", "ubicacion", "ubica", "ubicado",
    };

    /// <returns>A short reason in Spanish, or null when nothing marks the question as out of scope.</returns>
    public static string? Reason(IReadOnlyList<string> words)
    {
        var asksHowMuch = words.Any(w => w is "cuanto" or "cuanta");
        if (words.Any(MoneyWords.Contains) || (asksHowMuch && words.Any(HowMuchWords.Contains))
            || (words.Contains("presupuesto") && words.Contains("cual")))
        {
            return "El programa no establece montos ni cantidades de dinero.";
        }

        if (words.Any(OtherBodies.Contains))
        {
            return "El programa solo trata de la Comisión de Seguimiento del Servicio del IEPC Durango; no habla de otras instituciones, cargos ni entidades.";
        }

        var asksAddress = words.Select((w, i) => w == "direccion" && i + 2 < words.Count && words[i + 1] is "del" or "de"
                                                  && words[i + 2] is "iepc" or "instituto" or "comision" or "la").Any(x => x);
        if (asksAddress || words.Any(PersonalDetails.Contains))
        {
            return "El programa no nombra a personas ni da datos de contacto o de personal.";
        }

        return words.Any(CurrentAffairs.Contains) ? "Eso no forma parte del programa." : null;
    }
}
