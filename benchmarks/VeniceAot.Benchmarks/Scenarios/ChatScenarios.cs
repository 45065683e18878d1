using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using VeniceAot.Benchmarks.Peers;
using VeniceAot.Chat;
using VeniceAot.Testing;
using OpenAIChat = OpenAI.Chat;

namespace VeniceAot.Benchmarks.Scenarios
{
    /// <summary>Non-streaming chat completion through an in-memory handler: the client's own cost.</summary>
    public class ChatInMemory : Scenario
    {
        private OpenAIChat.ChatCompletionOptions _openAIOptions = null!;

        public override string Expected => ExpectedChat;

        public override void Setup()
        {
            Handler = new CannedHandler(Fixtures.ChatResponse, "application/json");
            Peers = new PeerSet(Handler, Fixtures.InMemoryBase);
            _openAIOptions = OpenAIRequests.ChatOptions();
        }

        public override string Describe(object? result) => DescribeChat(result);

        [Benchmark(Baseline = true)]
        public Task<ChatCompletion> Floor() => Peers.Floor.ChatAsync(Fixtures.ChatRequest);

        [Benchmark]
        public Task<ChatCompletion> VeniceAot() => Peers.Venice.Chat.CreateAsync(Fixtures.ChatRequest);

        [Benchmark]
        public Task<ChatCompletion> Refit() => Peers.Refit.ChatAsync(Fixtures.ChatRequest);

        [Benchmark]
        public async Task<OpenAIChat.ChatCompletion> OpenAI() => (await Peers.OpenAIChat.CompleteChatAsync(OpenAIRequests.Messages, _openAIOptions).ConfigureAwait(false)).Value;
    }

    /// <summary>Non-streaming chat completion over loopback Kestrel (tests/VeniceAot.Testing LoopbackServer): end to end.</summary>
    public class ChatLoopback : Scenario
    {
        private LoopbackServer _server = null!;
        private SocketsHttpHandler _transport = null!;
        private OpenAIChat.ChatCompletionOptions _openAIOptions = null!;
        private bool _recording;
        private int _seen;

        public override string Expected => ExpectedChat;

        public override void Setup()
        {
            _server = LoopbackServer.StartJsonAsync(200, Encoding.UTF8.GetString(Fixtures.ChatResponse)).GetAwaiter().GetResult();
            _transport = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
            Peers = new PeerSet(_transport, _server.BaseAddress);
            _openAIOptions = OpenAIRequests.ChatOptions();
        }

        public override void Cleanup()
        {
            base.Cleanup();
            _transport.Dispose();
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        public override string Describe(object? result) => DescribeChat(result);

        public override void StartRecording()
        {
            _recording = true;
            _seen = _server.Requests.Count;
        }

        public override List<CapturedRequest> TakeRecorded()
        {
            if (!_recording)
            {
                return [];
            }

            IReadOnlyList<RecordedRequest> all = _server.Requests;
            List<CapturedRequest> taken = all.Skip(_seen).Select(r => new CapturedRequest
            {
                Method = r.Method,
                PathAndQuery = r.RawPath + r.QueryString,
                Headers = r.Headers,
                Body = r.Body,
            }).ToList();
            _seen = all.Count;
            return taken;
        }

        [Benchmark(Baseline = true)]
        public Task<ChatCompletion> Floor() => Peers.Floor.ChatAsync(Fixtures.ChatRequest);

        [Benchmark]
        public Task<ChatCompletion> VeniceAot() => Peers.Venice.Chat.CreateAsync(Fixtures.ChatRequest);

        [Benchmark]
        public Task<ChatCompletion> Refit() => Peers.Refit.ChatAsync(Fixtures.ChatRequest);

        [Benchmark]
        public async Task<OpenAIChat.ChatCompletion> OpenAI() => (await Peers.OpenAIChat.CompleteChatAsync(OpenAIRequests.Messages, _openAIOptions).ConfigureAwait(false)).Value;
    }

    /// <summary>
    /// Streaming chat: a 200-chunk event stream through the in-memory handler. Each method reads every chunk's delta
    /// text (what a caller printing the answer does) and returns the total length. Divide by 200 for per-chunk figures.
    /// </summary>
    public class ChatStreaming : Scenario
    {
        private OpenAIChat.ChatCompletionOptions _openAIOptions = null!;

        public override string Expected => $"{Fixtures.StreamContentLength} chars";

        public override void Setup()
        {
            Handler = new CannedHandler(Fixtures.StreamResponse, "text/event-stream");
            Peers = new PeerSet(Handler, Fixtures.InMemoryBase);
            _openAIOptions = OpenAIRequests.ChatOptions();
        }

        public override string Describe(object? result) => $"{result} chars";

        [Benchmark(Baseline = true)]
        public async Task<int> Floor()
        {
            int total = 0;
            await foreach (ChatCompletionChunk chunk in Peers.Floor.StreamAsync(Fixtures.StreamRequest).ConfigureAwait(false))
            {
                total += DeltaLength(chunk);
            }

            return total;
        }

        [Benchmark]
        public async Task<int> VeniceAot()
        {
            int total = 0;
            await foreach (ChatCompletionChunk chunk in Peers.Venice.Chat.StreamAsync(Fixtures.StreamRequest).ConfigureAwait(false))
            {
                total += DeltaLength(chunk);
            }

            return total;
        }

        [Benchmark]
        public async Task<int> Refit()
        {
            int total = 0;
            HttpResponseMessage response = await Peers.Refit.StreamAsync(Fixtures.StreamRequest).ConfigureAwait(false);
            await foreach (ChatCompletionChunk chunk in FloorClient.ReadEventsAsync(response).ConfigureAwait(false))
            {
                total += DeltaLength(chunk);
            }

            return total;
        }

        [Benchmark]
        public async Task<int> OpenAI()
        {
            int total = 0;
            await foreach (OpenAIChat.StreamingChatCompletionUpdate update in Peers.OpenAIChat.CompleteChatStreamingAsync(OpenAIRequests.Messages, _openAIOptions).ConfigureAwait(false))
            {
                foreach (OpenAIChat.ChatMessageContentPart part in update.ContentUpdate)
                {
                    total += part.Text.Length;
                }
            }

            return total;
        }

        private static int DeltaLength(ChatCompletionChunk chunk) =>
            chunk.Choices.Count > 0 && chunk.Choices[0].Delta?.Content is { } text ? text.Length : 0;
    }
}
