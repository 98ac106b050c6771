using System.Text;
using System.Text.Json.Nodes;
using ProgramaBot.Tests.Fakes;

namespace ProgramaBot.Tests.Reliability;

/// <summary>One hostile request: what it is, the raw body, its content type.</summary>
public sealed record HostileCase(int Index, string Category, byte[] Body, string? ContentType = "application/json")
{
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"#{Index} {Category}: {(text.Length > 400 ? text[..400] + "…" : text)}";
    }
}

/// <summary>
/// A deterministic generator of malformed and hostile activities (the fast, in-process sibling of bench/fuzz.js):
/// broken JSON, wrong JSON kinds at random places, huge strings, deep nesting, odd Unicode, missing fields,
/// garbage invoke bodies, odd activity types and channel data. Never targets the conversations it is told to spare.
/// </summary>
public static class HostileActivities
{
    private static readonly string[] Odd =
    [
        "\u202e\u202d", "\u200b\u200c\u200d\ufeff", "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "e\u0301\u0301\u0301\u0301",
        "\0", "\uffff\ufffe", "<at>ProgramaBot</at>", "<at>", "</at><at>", "<script>alert(1)</script>", "{{7*7}}",
        "'; DROP TABLE conversation_references; --", "%s%n", "\r\n\r\nHTTP/1.1 200 OK", "Ｓｅｓｉóｎ", "¿¿¿???", " \t\n ", "null",
    ];

    private static readonly string[] Questions =
    [
        "¿cuándo es la sesión ordinaria III?", "¿Qué es el SPEN?", "línea de acción 3.6.1", "hola", "ayuda",
        "¿Qué dice el objetivo 2.2?", "¿Quién funge como secretario técnico?",
    ];

    public static IEnumerable<HostileCase> Generate(int seed, int count, string serviceUrl)
    {
        var random = new Random(seed);
        var generators = new Func<Random, int, string, byte[]>[]
        {
            BrokenJson, WrongKinds, HugeStrings, DeepNesting, OddUnicode, MissingFields, GarbageInvoke, OddActivities,
        };
        var names = new[] { "brokenJson", "wrongKinds", "hugeStrings", "deepNesting", "oddUnicode", "missingFields", "garbageInvoke", "oddActivities" };
        for (var i = 0; i < count; i++)
        {
            var g = i % generators.Length;
            yield return new HostileCase(i, names[g], generators[g](random, i, serviceUrl));
        }
    }

    private static JsonObject Base(Random random, int i, string serviceUrl)
    {
        var activity = Activities.Message(Pick(random, Questions), serviceUrl, conversationId: $"a:fuzz-{i % 97}",
            expectReplies: random.NextDouble() < 0.8);
        activity["id"] = $"fuzz-{i}";
        return activity;
    }

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static JsonNode? RandomJson(Random random, int depth = 0) => random.Next(depth > 3 ? 5 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.NextDouble() < 0.5),
        2 => JsonValue.Create(Pick(random, new[] { 0d, -1d, 1e308, 1.5, 9007199254740993d })),
        3 => JsonValue.Create(Pick(random, Odd) + Pick(random, Questions)),
        4 => JsonValue.Create(""),
        5 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(k => KeyValuePair.Create(
            Pick(random, new[] { "type", "id", "verb", "action", "data", "value", "text", "tenant" }) + k, RandomJson(random, depth + 1)))),
    };

    /// <summary>Every (parent object, key) pair in the activity, for mutation.</summary>
    private static List<(JsonObject Parent, string Key)> Slots(JsonObject root)
    {
        var slots = new List<(JsonObject, string)>();
        void Walk(JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                slots.Add((o, key));
                if (value is JsonObject child)
                {
                    Walk(child);
                }
            }
        }

        Walk(root);
        return slots;
    }

    private static byte[] BrokenJson(Random random, int i, string serviceUrl)
    {
        var text = Base(random, i, serviceUrl).ToJsonString();
        return random.Next(10) switch
        {
            0 => Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]),
            1 => Encoding.UTF8.GetBytes(text + Pick(random, new[] { "}", "]", ",", "garbage", "\0" })),
            2 => Encoding.UTF8.GetBytes(text.Replace('"', '\'')),
            3 => Encoding.UTF8.GetBytes(text.Replace(":", "::", StringComparison.Ordinal)),
            4 => [.. Encoding.UTF8.GetBytes(text[..20]), 0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, .. Encoding.UTF8.GetBytes(text[20..])],
            5 => RandomBytes(random),
            6 => Encoding.UTF8.GetBytes(Pick(random, new[] { "", "null", "[]", "\"message\"", "{}", "{\"type\":}", "NaN" })),
            7 => Encoding.UTF8.GetBytes(text.Replace("\"text\":\"", "\"text\":\"\\ud800\\u0000", StringComparison.Ordinal)),
            8 => Encoding.UTF8.GetBytes(text.Replace("{\"type\"", "{\"\\udfff\":1,\"type\"", StringComparison.Ordinal)),
            _ => Encoding.UTF8.GetBytes(text.Replace("\"channelData\":{", "\"channelData\":{\"k\":1,\"k\":2,", StringComparison.Ordinal)),
        };
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[1 + random.Next(512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] WrongKinds(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        for (var k = 1 + random.Next(3); k > 0; k--)
        {
            var slots = Slots(activity);
            var (parent, key) = slots[random.Next(slots.Count)];
            parent[key] = RandomJson(random);
        }

        return Utf8(activity);
    }

    private static byte[] HugeStrings(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        var big = new string(Pick(random, new[] { 'a', 'á', ' ', '<' }), 20_000 + random.Next(40_000));
        switch (random.Next(5))
        {
            case 0: activity["text"] = big; break;
            case 1: activity["id"] = big; break;
            case 2: activity["conversation"]!["id"] = "a:fuzz-huge-" + big[..5000]; break;
            case 3: activity["text"] = big + big + big + big + big; break; // over the 256 KB limit
            default:
                activity["entities"] = new JsonArray([.. Enumerable.Range(0, 2000).Select(_ => (JsonNode)new JsonObject
                {
                    ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = Activities.BotId }, ["text"] = "<at>ProgramaBot</at>",
                })]);
                break;
        }

        return Utf8(activity);
    }

    private static byte[] DeepNesting(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        var depth = Pick(random, new[] { 20, 63, 64, 65, 200, 5000 });
        var opens = Enumerable.Range(0, depth).Select(_ => random.NextDouble() < 0.5 ? "[" : "{\"a\":").ToList();
        var deep = string.Concat(opens) + "\"x\"" + string.Concat(Enumerable.Reverse(opens).Select(o => o == "[" ? "]" : "}"));
        var target = Pick(random, new[] { "value", "channelData", "entities", "unknownField" });
        activity.Remove(target);
        var text = activity.ToJsonString();
        var holder = target == "entities" ? $"[{{\"type\":\"mention\",\"deep\":{deep}}}]" : deep;
        return Encoding.UTF8.GetBytes(text[..^1] + $",\"{target}\":{holder}}}");
    }

    private static byte[] OddUnicode(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        activity["text"] = string.Concat(Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Pick(random, Odd)));
        if (random.NextDouble() < 0.3)
        {
            activity["from"]!["name"] = Pick(random, Odd);
        }

        if (random.NextDouble() < 0.3)
        {
            activity["locale"] = Pick(random, Odd);
        }

        if (random.NextDouble() < 0.3)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = Activities.BotId }, ["text"] = Pick(random, Odd),
            });
        }

        return Utf8(activity);
    }

    private static byte[] MissingFields(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        for (var k = 1 + random.Next(6); k > 0; k--)
        {
            var slots = Slots(activity);
            var (parent, key) = slots[random.Next(slots.Count)];
            parent.Remove(key);
        }

        return Utf8(activity);
    }

    private static byte[] GarbageInvoke(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        activity["type"] = "invoke";
        activity["name"] = Pick(random, new[] { "adaptiveCard/action", "adaptiveCard/action", "task/fetch", "", "signin/verifyState" });
        activity["replyToId"] = Pick(random, new[] { "card-1", "", "<at>" });
        activity["value"] = random.Next(4) switch
        {
            0 => RandomJson(random),
            1 => new JsonObject { ["action"] = RandomJson(random) },
            2 => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = RandomJson(random), ["data"] = RandomJson(random) } },
            _ => new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = Pick(random, new[] { "approve", "reject", "vote", "refresh", "subscribe", "<script>" }),
                    ["data"] = RandomJson(random),
                },
                ["trigger"] = Pick(random, new[] { "manual", "automatic", "" }),
            },
        };
        return Utf8(activity);
    }

    private static byte[] OddActivities(Random random, int i, string serviceUrl)
    {
        var activity = Base(random, i, serviceUrl);
        activity["type"] = Pick(random, new[]
        {
            "conversationUpdate", "installationUpdate", "messageReaction", "messageUpdate", "event", "typing", "MESSAGE", "message ", "trace",
        });
        activity["action"] = Pick(random, new[] { "add", "remove", "add-upgrade", "remove-upgrade", "<at>" });
        if (random.NextDouble() < 0.5)
        {
            activity["membersAdded"] = random.Next(3) switch
            {
                0 => new JsonArray(null, new JsonObject { ["id"] = Activities.BotId }),
                1 => new JsonArray(new JsonObject()),
                _ => new JsonArray(new JsonObject { ["id"] = Activities.BotId, ["name"] = Pick(random, Odd) }),
            };
        }

        if (random.NextDouble() < 0.5)
        {
            activity["channelData"] = random.Next(5) switch
            {
                0 => new JsonObject { ["eventType"] = Pick(random, new[] { "teamDeleted", "teamRestored", "channelCreated" }) },
                1 => new JsonObject { ["tenant"] = "x" },
                2 => new JsonObject { ["tenant"] = new JsonObject { ["id"] = 5 } },
                3 => new JsonObject { ["eventType"] = 5 },
                _ => null,
            };
        }

        if (random.NextDouble() < 0.3)
        {
            activity["value"] = new JsonObject { ["verb"] = Pick(random, new[] { "approve", "x" }), ["data"] = RandomJson(random) };
        }

        return Utf8(activity);
    }
}
