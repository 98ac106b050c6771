namespace ProgramaBot.Answers.Knowledge;

/// <summary>
/// Everyday words people use for the programme's vocabulary ("premios" for incentivos,
/// "quejas" for inconformidades). Each adds the programme's terms to the search; the word itself stays.
/// </summary>
public static class Thesaurus
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["premio"] = "incentivos", ["premios"] = "incentivos", ["estimulo"] = "incentivos", ["estimulos"] = "incentivos",
        ["bono"] = "incentivos", ["bonos"] = "incentivos", ["recompensa"] = "incentivos", ["recompensas"] = "incentivos",
        ["queja"] = "inconformidad", ["quejas"] = "inconformidades", ["reclamo"] = "inconformidad",
        ["reclamos"] = "inconformidades", ["impugnacion"] = "inconformidad", ["impugnaciones"] = "inconformidades",
        ["inconformes"] = "inconformidad", ["inconforme"] = "inconformidad", ["desacuerdo"] = "inconformidad",
        ["examen"] = "evaluacion", ["examenes"] = "evaluacion", ["calificacion"] = "evaluacion", ["calificaciones"] = "evaluacion resultados",
        ["evaluan"] = "evaluacion", ["evalua"] = "evaluacion", ["evaluar"] = "evaluacion", ["rendimiento"] = "desempeño",
        ["cambiar"] = "modificacion", ["cambio"] = "modificacion", ["cambios"] = "modificacion", ["modificar"] = "modificacion",
        ["ajustar"] = "modificacion", ["quitar"] = "eliminacion", ["borrar"] = "eliminacion", ["eliminar"] = "eliminacion",
        ["agregar"] = "incorporacion", ["añadir"] = "incorporacion", ["incorporar"] = "incorporacion", ["sumar"] = "incorporacion",
        ["aprueba"] = "aprobacion autorizar", ["aprobar"] = "aprobacion autorizar", ["autoriza"] = "autorizar autorizacion",
        ["autorizan"] = "autorizar autorizacion", ["avala"] = "autorizar aprobacion", ["valida"] = "autorizar aprobacion",
        ["pandemia"] = "covid contingencia", ["coronavirus"] = "covid contingencia", ["covid19"] = "covid",
        ["sanitaria"] = "covid contingencia", ["emergencia"] = "contingencia",
        ["vacantes"] = "plazas concurso", ["vacante"] = "plazas concurso", ["plaza"] = "plazas concurso",
        ["reclutamiento"] = "concurso ingreso", ["contratacion"] = "concurso ingreso",
        ["reunion"] = "sesion", ["reuniones"] = "sesiones", ["junta"] = "sesion", ["juntas"] = "sesiones",
        ["sesiona"] = "sesiones", ["sesionan"] = "sesiones", ["sesionara"] = "sesiones", ["reune"] = "sesiones",
        ["calendario"] = "sesiones calendario", ["cronograma"] = "gantt cronograma anexo", ["diagrama"] = "gantt",
        ["integrantes"] = "integrar consejeros", ["miembros"] = "miembros mspen integrantes", ["miembro"] = "miembros mspen", ["conforman"] = "conformar integrar consejeros",
        ["integran"] = "integrar consejeros", ["componen"] = "conformar integrar consejeros", ["compone"] = "conformar integrar",
        ["consejeras"] = "consejeros", ["consejera"] = "consejeros", ["consejero"] = "consejeros",
        ["capacitacion"] = "formacion capacitacion", ["cursos"] = "formacion", ["curso"] = "formacion", ["estudios"] = "formacion estudios",
        ["academico"] = "formacion academico", ["pleitos"] = "conflictos", ["problemas"] = "conflictos", ["disputas"] = "conflictos",
        ["mediacion"] = "conciliacion", ["conciliar"] = "conciliacion", ["acuerdos"] = "acuerdo",
        ["fundamento"] = "articulo ley reglamento", ["fundamenta"] = "articulo ley", ["basa"] = "fundamento articulo", ["basan"] = "fundamento articulo", ["sustenta"] = "fundamento articulo", ["sustento"] = "articulo ley",
        ["norma"] = "ley reglamento", ["normas"] = "ley reglamento", ["normatividad"] = "ley reglamento",
        ["constitucion"] = "constitucion politica", ["constitucional"] = "constitucion politica",
        ["local"] = "estado durango", ["estatal"] = "estado durango", ["federal"] = "general constitucion",
        ["secretaria"] = "secretario", ["secretaria tecnica"] = "secretario tecnico",
        ["principios"] = "principios certeza legalidad", ["valores"] = "principios certeza", ["rigen"] = "principios",
        ["rectores"] = "principios", ["mision"] = "mision democratica",
        ["definitivas"] = "enunciativo limitativo", ["definitiva"] = "enunciativo limitativo", ["fijas"] = "enunciativo limitativo",
        ["cambiarse"] = "enunciativo limitativo", ["moverse"] = "enunciativo limitativo", ["mover"] = "enunciativo limitativo",
        ["urgente"] = "extraordinarias urgente", ["urgentes"] = "extraordinarias urgente",
        ["partes"] = "apartados", ["secciones"] = "apartados", ["capitulos"] = "apartados", ["estructura"] = "apartados",
        ["contenido"] = "apartados", ["indice"] = "apartados",
        ["siglas"] = "siglas", ["abreviatura"] = "siglas", ["acronimo"] = "siglas",
        ["metas"] = "metas", ["objetivos"] = "objetivos", ["lineamientos"] = "lineamientos",
        ["permanencia"] = "permanencia", ["titularidad"] = "titularidad", ["ascensos"] = "ascensos promocion",
        ["encargado"] = "responsable titular", ["responsable"] = "responsable titular", ["jefe"] = "titular",
        ["acreditar"] = "acreditacion examenes", ["acreditan"] = "acreditacion examenes", ["papel"] = "funcion", ["tipo"] = "naturaleza permanente temporal", ["clase"] = "naturaleza permanente",
        ["coordina"] = "coordinacion coordinar", ["coordinan"] = "coordinacion coordinar", ["integra"] = "integracion integrar",
        ["integracion"] = "integracion integrar integrara conformaran", ["presenta"] = "presentacion presentar",
        ["notifica"] = "notificacion", ["modifica"] = "modificacion", ["incorpora"] = "incorporacion", ["elimina"] = "eliminacion",
        ["concilia"] = "conciliacion", ["regula"] = "regulara regular", ["regulan"] = "regulara regular",
        ["mecanismos"] = "mecanismos seleccion ingreso capacitacion profesionalizacion promocion evaluacion rotacion permanencia disciplina",
        ["atribuciones"] = "atribuciones", ["facultades"] = "atribuciones", ["funciones"] = "atribuciones funciones",
        ["propone"] = "presente propuestas", ["proponer"] = "presente propuestas", ["recibe"] = "recibir reciba",
    };

    public static string? Expand(string word) => Expansions.GetValueOrDefault(word);

    public static IEnumerable<string> Words => Expansions.Keys;
}
