using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using VeniceAot.Benchmarks.Peers;
using VeniceAot.Chat;
using OpenAIChat = OpenAI.Chat;

namespace VeniceAot.Benchmarks.Scenarios
{
    /// <summary>
    /// One scenario: four [Benchmark] methods (Floor = baseline, VeniceAot, Refit, OpenAI where it applies) over one
    /// transport. <see cref="Describe"/> reduces a method's result to a string that must equal <see cref="Expected"/>,
    /// so the quick run and the tests prove every peer parsed the same answer.
    /// </summary>
    [MemoryDiagnoser]
    public abstract class Scenario
    {
        protected PeerSet Peers { get; set; } = null!;

        /// <summary>The in-memory transport, when the scenario uses one (null over loopback).</summary>
        public CannedHandler? Handler { get; protected set; }

        /// <summary>What <see cref="Describe"/> must return for every method's result.</summary>
        public abstract string Expected { get; }

        /// <summary>Reduces a benchmark method's result to the facts every peer must agree on.</summary>
        public abstract string Describe(object? result);

        /// <summary>Starts keeping requests (the request verifier).</summary>
        public virtual void StartRecording() => Handler!.Record = true;

        /// <summary>Returns and forgets the requests kept since <see cref="StartRecording"/>.</summary>
        public virtual List<CapturedRequest> TakeRecorded()
        {
            var taken = new List<CapturedRequest>();
            while (Handler!.Requests.TryDequeue(out CapturedRequest? request))
            {
                taken.Add(request);
            }

            return taken;
        }

        [GlobalSetup]
        public abstract void Setup();

        [GlobalCleanup]
        public virtual void Cleanup() => Peers?.Dispose();

        protected static string DescribeChat(object? result) => result switch
        {
            ChatCompletion c => Format(c.Id, c.GetText(), c.Usage?.TotalTokens),
            OpenAIChat.ChatCompletion o => Format(o.Id, o.Content.Count > 0 ? o.Content[0].Text : null, o.Usage?.TotalTokenCount),
            _ => "unexpected result: " + (result?.GetType().Name ?? "null"),
        };

        protected static string ExpectedChat => Format("chatcmpl-5b2f9c0e7d4a4f13a1c8e6b2d9f07a31", Fixtures.ChatAnswer, Fixtures.ChatPromptTokens + Fixtures.ChatCompletionTokens);

        private static string Format(string id, string? text, int? tokens) =>
            string.Create(CultureInfo.InvariantCulture, $"{id} | {text?.Length} chars, hash {StableHash(text)} | {tokens} tokens");

        private static int StableHash(string? text)
        {
            int hash = 17;
            foreach (char c in text ?? string.Empty)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }
    }

    /// <summary>The OpenAI SDK's form of <see cref="Fixtures.ChatRequest"/> (its own message and option types).</summary>
    public static class OpenAIRequests
    {
        public static IReadOnlyList<OpenAIChat.ChatMessage> Messages { get; } =
        [
            new OpenAIChat.SystemChatMessage(Fixtures.SystemPrompt),
            new OpenAIChat.UserChatMessage(Fixtures.UserPrompt),
        ];

        /// <summary>Fresh options per scenario: the SDK writes the model, messages and stream flag into them on every call.</summary>
        public static OpenAIChat.ChatCompletionOptions ChatOptions() => new()
        {
            Temperature = (float)Fixtures.Temperature,
            MaxOutputTokenCount = Fixtures.MaxCompletionTokens,
        };
    }
}
