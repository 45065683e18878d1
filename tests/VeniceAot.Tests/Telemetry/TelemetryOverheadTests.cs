using System;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Json;
using VeniceAot.Tests.Fuzz;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Telemetry
{
    /// <summary>
    /// With no listener attached, telemetry costs nothing: a chat call through the generated client over an in-memory
    /// handler (everything synchronous, so its allocations are counted on this thread alone) allocates no more above the
    /// hand-written floor (the same request and parse done directly) than it did before telemetry existed.
    /// </summary>
    [Collection(TelemetryCollection.Name)]
    public sealed class TelemetryOverheadTests(ITestOutputHelper output)
    {
        private const string Answer = """
            {"id":"c1","object":"chat.completion","created":1,"model":"venice-uncensored","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}
            """;

        private static readonly ChatCompletionRequest Request = new()
        {
            Model = "venice-uncensored",
            Messages = [ChatMessage.User("hello")],
        };

        [Fact]
        public void No_listener_adds_no_allocation_over_the_floor()
        {
            var handler = new InMemoryHandler(HttpStatusCode.OK, "application/json", Encoding.UTF8.GetBytes(Answer), declareLength: true);
            using var http = new HttpClient(handler);
            using var client = new VeniceClient(new VeniceClientOptions
            {
                ApiKey = ApiKeysTests.Key,
                BaseAddress = new Uri("http://127.0.0.1/api/v1"),
                HttpClient = http,
                Retry = new RetryOptions { Enabled = false },
            });
            var endpoint = new Uri("http://127.0.0.1/api/v1/chat/completions");

            long venice = BytesPerCall(() => client.Chat.CreateAsync(Request));
            long floor = BytesPerCall(() => Floor(http, endpoint));
            long overhead = venice - floor;
            bool debug = typeof(VeniceClient).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;
            output.WriteLine($"VeniceAot {venice} B, floor {floor} B, overhead {overhead} B ({(debug ? "Debug" : "Release")})");
            Assert.True(overhead <= (debug ? DebugBudget : ReleaseBudget), $"VeniceAot {venice} B per call, floor {floor} B: {overhead} B over");
        }

        // Measured on the commit before telemetry was added (same test, same machine), in bytes per call.
        private const long DebugBudget = 568;
        private const long ReleaseBudget = 56;

        private static async Task<ChatCompletion> Floor(HttpClient http, Uri endpoint)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiKeysTests.Key);
            request.Headers.TryAddWithoutValidation("User-Agent", "VeniceAot/0.1");
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(Request, ChatJsonContext.Default.ChatCompletionRequest));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Content = content;
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
            using var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None).ConfigureAwait(false);
            return (await JsonSerializer.DeserializeAsync(stream, ChatJsonContext.Default.ChatCompletion, CancellationToken.None).ConfigureAwait(false))!;
        }

        private static long BytesPerCall(Func<Task<ChatCompletion>> call)
        {
            const int calls = 200;
            for (int i = 0; i < 50; i++)
            {
                Run(call);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                Run(call);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
        }

        private static void Run(Func<Task<ChatCompletion>> call)
        {
            Task<ChatCompletion> task = call();
            Assert.True(task.IsCompleted, "the call did not complete synchronously, so its allocations were not all counted on this thread");
            Assert.Equal("hi", task.Result.GetText());
        }
    }
}
