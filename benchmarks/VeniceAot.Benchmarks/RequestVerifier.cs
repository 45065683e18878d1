using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VeniceAot.Benchmarks.Scenarios;

namespace VeniceAot.Benchmarks
{
    /// <summary>One peer's request in one scenario, next to the floor's.</summary>
    public sealed record RequestComparison(string Scenario, string Peer, CapturedRequest Floor, CapturedRequest Peer_)
    {
        /// <summary>Differences that would let a peer do less work than the floor (must be none).</summary>
        public List<string> Problems { get; } = [];

        /// <summary>Differences each library imposes and the README explains (headers the SDK adds, key order).</summary>
        public List<string> Explained { get; } = [];
    }

    /// <summary>
    /// Sends one request through every peer of every scenario and compares it with the floor's: method, path and query,
    /// body bytes, <c>Authorization</c>, <c>User-Agent</c> and <c>Content-Type</c>. The three peers that share
    /// VeniceAot's models must match byte for byte. The OpenAI SDK writes its own JSON: its body must be the same JSON
    /// value (same keys and values, key order may differ) and its User-Agent is its own.
    /// </summary>
    public static class RequestVerifier
    {
        private static readonly string[] ComparedHeaders = ["Authorization", "User-Agent", "Content-Type"];

        public static async Task<List<RequestComparison>> RunAsync()
        {
            var results = new List<RequestComparison>();
            foreach (Type type in QuickRunner.ScenarioTypes)
            {
                var scenario = (Scenario)Activator.CreateInstance(type)!;
                scenario.Setup();
                try
                {
                    scenario.StartRecording();
                    var captured = new Dictionary<string, CapturedRequest>();
                    foreach (MethodInfo method in QuickRunner.BenchmarkMethods(type))
                    {
                        scenario.TakeRecorded();
                        await QuickRunner.InvokeAsync(scenario, method).ConfigureAwait(false);
                        List<CapturedRequest> sent = scenario.TakeRecorded();
                        if (sent.Count != 1)
                        {
                            throw new InvalidOperationException($"{type.Name}.{method.Name} sent {sent.Count} requests, expected 1.");
                        }

                        captured[method.Name] = sent[0];
                    }

                    CapturedRequest floor = captured["Floor"];
                    foreach ((string peer, CapturedRequest request) in captured.Where(p => p.Key != "Floor"))
                    {
                        results.Add(Compare(type.Name, peer, floor, request));
                    }
                }
                finally
                {
                    scenario.Cleanup();
                }
            }

            return results;
        }

        public static void Print(IEnumerable<RequestComparison> results, TextWriter log)
        {
            foreach (RequestComparison r in results)
            {
                log.WriteLine($"{r.Scenario}.{r.Peer}: {r.Peer_.Method} {r.Peer_.PathAndQuery}, {r.Peer_.Body.Length} body bytes (floor {r.Floor.Body.Length}) -> {(r.Problems.Count == 0 ? "same work" : "DIFFERENT")}");
                foreach (string p in r.Problems)
                {
                    log.WriteLine("    PROBLEM: " + p);
                }

                foreach (string e in r.Explained)
                {
                    log.WriteLine("    explained: " + e);
                }
            }
        }

        private static RequestComparison Compare(string scenario, string peer, CapturedRequest floor, CapturedRequest other)
        {
            var result = new RequestComparison(scenario, peer, floor, other);
            bool isOpenAI = peer == "OpenAI";
            if (other.Method != floor.Method)
            {
                result.Problems.Add($"method {other.Method} vs {floor.Method}");
            }

            if (other.PathAndQuery != floor.PathAndQuery)
            {
                result.Problems.Add($"path {other.PathAndQuery} vs {floor.PathAndQuery}");
            }

            if (!other.Body.AsSpan().SequenceEqual(floor.Body))
            {
                if (isOpenAI && floor.Body.Length > 0 && other.Body.Length > 0
                    && JsonNode.DeepEquals(JsonNode.Parse(floor.Body), JsonNode.Parse(other.Body)))
                {
                    result.Explained.Add($"body: the same JSON value, keys in the SDK's own order ({other.Body.Length} vs {floor.Body.Length} bytes)");
                }
                else if (isOpenAI && scenario == "Embed" && SameButEncoding(floor.Body, other.Body))
                {
                    result.Explained.Add("body: the SDK always asks for \"encoding_format\":\"base64\" and offers no way to ask for floats; the answer served (and parsed) is the same float array");
                }
                else
                {
                    result.Problems.Add($"body differs:\n      peer  {other.BodyText}\n      floor {floor.BodyText}");
                }
            }

            foreach (string name in ComparedHeaders)
            {
                string? mine = Normalize(name, other.Header(name));
                string? theirs = Normalize(name, floor.Header(name));
                if (mine == theirs)
                {
                    continue;
                }

                if (isOpenAI && name == "User-Agent")
                {
                    result.Explained.Add($"User-Agent is the SDK's own '{mine}' (it can only append an application id)");
                }
                else
                {
                    result.Problems.Add($"{name}: '{mine}' vs '{theirs}'");
                }
            }

            foreach (string name in other.Headers.Keys.Except(floor.Headers.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            {
                result.Explained.Add($"extra header {name}: {other.Headers[name]}");
            }

            foreach (string name in floor.Headers.Keys.Except(other.Headers.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            {
                result.Explained.Add($"header the floor sends and this peer does not: {name}");
            }

            return result;
        }

        private static bool SameButEncoding(byte[] floor, byte[] openAI)
        {
            if (JsonNode.Parse(floor) is not JsonObject expected || JsonNode.Parse(openAI) is not JsonObject actual)
            {
                return false;
            }

            expected["encoding_format"] = "base64";
            return JsonNode.DeepEquals(expected, actual);
        }

        private static string? Normalize(string name, string? value) =>
            name == "Content-Type" && value is not null ? value.Split(';')[0].Trim().ToLowerInvariant() : value;
    }
}
