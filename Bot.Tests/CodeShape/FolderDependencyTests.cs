using System.Reflection;

namespace ProgramaBot.Tests.CodeShape;

/// <summary>
/// Inside a feature, each subfolder is a step of the feature's flow: its namespaces may depend on each other only one
/// way. A cycle means the folders group files without separating anything. Checked on the compiled Bot assembly at
/// every level below a feature (ProgramaBot.Reminders's subfolders, ProgramaBot.BotFramework.Connector's, …); the
/// features themselves (ProgramaBot.X) may use each other, and a folder may always use its parent.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly Assembly Bot = typeof(Program).Assembly;

    public static TheoryData<string> FoldersWithSubfolders()
    {
        var folders = new TheoryData<string>();
        foreach (var parent in Namespaces().Select(Parent).OfType<string>().Where(IsInsideAFeature).Distinct().Order())
            folders.Add(parent);
        return folders;
    }

    [Theory]
    [MemberData(nameof(FoldersWithSubfolders))]
    public void TheSubfoldersOfAFolderDependOnEachOtherOneWayOnly(string folder)
    {
        var edges = SubfolderEdges(folder);
        var cycles = StronglyConnected(edges).Where(component => component.Count > 1).ToList();

        Assert.True(cycles.Count == 0, $"Subfolders of {folder} depend on each other in a circle:\n" + string.Join("\n",
            cycles.SelectMany(cycle => edges.Where(edge => cycle.Contains(edge.Key.From) && cycle.Contains(edge.Key.To))
                .Select(edge => $"  {edge.Key.From} → {edge.Key.To}: {edge.Value}"))));
    }

    [Fact]
    public void TheCheckFindsACycleWhereThereIsOne()
    {
        var edges = new Dictionary<(string From, string To), string> { [("A", "B")] = "", [("B", "C")] = "", [("C", "A")] = "", [("C", "D")] = "" };

        var components = StronglyConnected(edges);

        Assert.Contains(components, component => component.SetEquals(["A", "B", "C"]));
        Assert.Contains(components, component => component.SetEquals(["D"]));
    }

    [Fact]
    public void TheCheckSeesWhatTheAssemblyUses()
    {
        var probe = typeof(TypeReferencesProbe);
        var used = probe.GetNestedTypes(BindingFlags.NonPublic).Append(probe).SelectMany(TypeReferences.Of).ToHashSet();

        Assert.Contains(typeof(ProbeField), used);
        Assert.Contains(typeof(ProbeCreatedInALambda), used);
        Assert.Contains(typeof(ProbeAwaited), used);
    }

    /// <summary>"From → To" for each pair of sibling subfolders of <paramref name="folder"/>, with one example of a type using another.</summary>
    private static Dictionary<(string From, string To), string> SubfolderEdges(string folder)
    {
        var edges = new Dictionary<(string From, string To), string>();
        foreach (var type in Bot.GetTypes())
        {
            if (Subfolder(folder, NamespaceOf(type)) is not { } from) continue;
            foreach (var used in TypeReferences.Of(type))
            {
                if (Subfolder(folder, NamespaceOf(used)) is not { } to || to == from) continue;
                edges.TryAdd((from, to), $"{Outermost(type).Name} uses {Outermost(used).Name}");
            }
        }
        return edges;
    }

    /// <summary>Tarjan's algorithm: the sets of subfolders that reach each other.</summary>
    private static List<HashSet<string>> StronglyConnected(Dictionary<(string From, string To), string> edges)
    {
        var nodes = edges.Keys.SelectMany(edge => new[] { edge.From, edge.To }).Distinct().Order().ToList();
        var next = nodes.ToDictionary(node => node, node => edges.Keys.Where(edge => edge.From == node).Select(edge => edge.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var target in next[node])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (stack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }
            if (low[node] != index[node]) return;
            var component = new HashSet<string>();
            string member;
            do { member = stack.Pop(); component.Add(member); } while (member != node);
            components.Add(component);
        }

        foreach (var node in nodes.Where(node => !index.ContainsKey(node))) Visit(node);
        return components;
    }

    private static IEnumerable<string> Namespaces() =>
        Bot.GetTypes().Select(NamespaceOf).OfType<string>().Where(ns => ns.StartsWith("ProgramaBot.", StringComparison.Ordinal)).Distinct();

    /// <summary>ProgramaBot.X is a feature; ProgramaBot.X and anything below it has subfolders worth checking.</summary>
    private static bool IsInsideAFeature(string ns) => ns.Contains('.', StringComparison.Ordinal);

    private static string? Parent(string ns) => ns.LastIndexOf('.') is var dot and > 0 ? ns[..dot] : null;

    /// <summary>The child of <paramref name="folder"/> that <paramref name="ns"/> is in, or null when it is not below it.</summary>
    private static string? Subfolder(string folder, string? ns) =>
        ns is not null && ns.StartsWith(folder + ".", StringComparison.Ordinal) ? ns[(folder.Length + 1)..].Split('.')[0] : null;

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring) type = declaring;
        return type;
    }

    private static string? NamespaceOf(Type type) => Outermost(type).Namespace;
}

internal sealed class ProbeField;

internal sealed class ProbeCreatedInALambda;

internal sealed class ProbeAwaited
{
    public static Task<int> ValueAsync() => Task.FromResult(1);
}

internal sealed class TypeReferencesProbe(ProbeField? held)
{
    public object? Held { get; } = held;

    public static Func<object> Factory => () => new ProbeCreatedInALambda();

    public static async Task<int> AwaitAsync() => await ProbeAwaited.ValueAsync();
}
