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
    /// <remarks>Indexed loops: this runs for every question, and LINQ over method groups made a delegate per set per question.</remarks>
    public static string? Reason(IReadOnlyList<string> words)
    {
        var asksHowMuch = false;
        var hasBudget = false;
        var hasWhich = false;
        for (var i = 0; i < words.Count; i++)
        {
            asksHowMuch |= words[i] is "cuanto" or "cuanta";
            hasBudget |= words[i] == "presupuesto";
            hasWhich |= words[i] == "cual";
        }

        if (AnyIn(words, MoneyWords) || (asksHowMuch && AnyIn(words, HowMuchWords)) || (hasBudget && hasWhich))
        {
            return "El programa no establece montos ni cantidades de dinero.";
        }

        if (AnyIn(words, OtherBodies))
        {
            return "El programa solo trata de la Comisión de Seguimiento del Servicio del IEPC Durango; no habla de otras instituciones, cargos ni entidades.";
        }

        if (AsksAddress(words) || AnyIn(words, PersonalDetails))
        {
            return "El programa no nombra a personas ni da datos de contacto o de personal.";
        }

        return AnyIn(words, CurrentAffairs) ? "Eso no forma parte del programa." : null;
    }

    /// <summary>«dirección del IEPC», «dirección de la comisión».</summary>
    private static bool AsksAddress(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "direccion" && words[i + 1] is "del" or "de" && words[i + 2] is "iepc" or "instituto" or "comision" or "la")
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(IReadOnlyList<string> words, HashSet<string> set)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (set.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
