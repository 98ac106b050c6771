using ProgramaBot.Answers.Knowledge;

namespace ProgramaBot.Answers.Reading;

/// <summary>
/// Frequent misspellings and chat shorthand, folded. Anything not listed here is left to the
/// edit-distance correction against the programme's own vocabulary (see <see cref="Vocabulary"/>).
/// </summary>
public static class Misspellings
{
    private static readonly Dictionary<string, string> Fixes = new(StringComparer.Ordinal)
    {
        ["secion"] = "sesion", ["cesion"] = "sesion", ["sesio"] = "sesion", ["sesiom"] = "sesion",
        ["secsion"] = "sesion", ["sesionn"] = "sesion", ["seciones"] = "sesiones",
        ["cesiones"] = "sesiones",
        ["ordinara"] = "ordinaria", ["ordianria"] = "ordinaria", ["ordinria"] = "ordinaria", ["hordinaria"] = "ordinaria",
        ["ord"] = "ordinaria", ["ordin"] = "ordinaria", ["extra"] = "extraordinaria",
        ["estraordinaria"] = "extraordinaria", ["estraordinarias"] = "extraordinarias",
        ["objetibo"] = "objetivo", ["objetibos"] = "objetivos", ["ojetivo"] = "objetivo", ["obj"] = "objetivo",
        ["objectivo"] = "objetivo", ["objectivos"] = "objetivos",
        ["linia"] = "linea", ["lina"] = "linea", ["acion"] = "accion", ["acsion"] = "accion", ["aciones"] = "acciones",
        ["q"] = "que", ["k"] = "que", ["ke"] = "que", ["xq"] = "porque", ["pq"] = "porque", ["x"] = "por",
        ["cuado"] = "cuando", ["cuand"] = "cuando", ["cuanod"] = "cuando", ["cuatas"] = "cuantas",
        ["quen"] = "quien",
        ["evaluasion"] = "evaluacion", ["ebaluacion"] = "evaluacion", ["evalucion"] = "evaluacion",
        ["incentibos"] = "incentivos", ["insentivos"] = "incentivos", ["incentibo"] = "incentivo",
        ["comicion"] = "comision", ["comsion"] = "comision",
        ["secretaio"] = "secretario", ["secretraio"] = "secretario",
        ["articuolo"] = "articulo", ["art"] = "articulo", ["arti"] = "articulo", ["atr"] = "articulo",
        ["sig"] = "significa", ["signfica"] = "significa", ["sinifica"] = "significa",
        ["porfa"] = "por favor", ["pls"] = "por favor", ["xfa"] = "por favor", ["xfavor"] = "por favor",
        ["prosima"] = "proxima", ["prox"] = "proxima",
        ["siguente"] = "siguiente", ["sigiente"] = "siguiente",

    };

    public static string Fix(string word) => Fixes.TryGetValue(word, out var right) ? right : word;
}
