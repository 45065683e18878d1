using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Responses
{
    /// <summary>A payload that ends its stream when <c>last</c> is true.</summary>
    public sealed class TerminalProbe : IEventStreamTerminal
    {
        [JsonPropertyName("n")]
        public int N { get; set; }

        [JsonPropertyName("last")]
        public bool Last { get; set; }

        [JsonIgnore]
        public bool IsTerminal => Last;
    }

    /// <summary>A payload with no end-of-stream knowledge (like a chat chunk).</summary>
    public sealed class PlainProbe
    {
        [JsonPropertyName("n")]
        public int N { get; set; }

        [JsonPropertyName("last")]
        public bool Last { get; set; }
    }

    /// <summary>A payload that reports failures in-band (<c>{"kind":"error",…}</c>).</summary>
    public sealed class ErrorProbe : IEventStreamError
    {
        [JsonPropertyName("kind")]
        public string? Kind { get; set; }

        [JsonIgnore]
        public bool IsError => Kind == "error";
    }

    [JsonSerializable(typeof(TerminalProbe))]
    [JsonSerializable(typeof(PlainProbe))]
    [JsonSerializable(typeof(ErrorProbe))]
    internal sealed partial class ProbeJsonContext : JsonSerializerContext;

    /// <summary>The runtime's generic stream ending: terminal payloads, [DONE], truncation, and in-band error payloads.</summary>
    public sealed class EventStreamTerminalTests
    {
        private static async Task<List<T>> StreamAsync<T>(LoopbackServer server, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        {
            using var connection = new ApiConnection(new VeniceClientOptions { ApiKey = "k", BaseAddress = server.BaseAddress });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            HttpRequestMessage request = connection.CreateRequest(HttpMethod.Post, new Uri(connection.BaseAddress + "/probe"));
            var items = new List<T>();
            await foreach (T item in connection.StreamAsync(request, typeInfo, timeout.Token))
            {
                items.Add(item);
            }

            return items;
        }

        [Fact]
        public async Task Terminal_payload_ends_the_stream_without_DONE_and_later_events_are_not_yielded()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"n":1}""", """{"n":2,"last":true}""", """{"n":3}"""], done: false, holdOpen: true));

            List<TerminalProbe> items = await StreamAsync(server, ProbeJsonContext.Default.TerminalProbe);

            Assert.Equal([1, 2], items.ConvertAll(i => i.N));
        }

        [Fact]
        public async Task Terminal_capable_payload_still_accepts_DONE()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"n":1}""", """{"n":2}"""], done: true, holdOpen: true));

            List<TerminalProbe> items = await StreamAsync(server, ProbeJsonContext.Default.TerminalProbe);

            Assert.Equal([1, 2], items.ConvertAll(i => i.N));
        }

        [Fact]
        public async Task Terminal_capable_payload_without_terminal_or_DONE_is_truncated()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"n":1}""", """{"n":2}"""], done: false));

            VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(
                () => StreamAsync(server, ProbeJsonContext.Default.TerminalProbe));

            Assert.Equal(2, error.ItemsReceived);
        }

        [Fact]
        public async Task Plain_payload_is_unchanged_a_last_flag_does_not_end_it_and_no_DONE_is_truncated()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"n":1,"last":true}""", """{"n":2}"""], done: false));

            VeniceStreamTruncatedException error = await Assert.ThrowsAsync<VeniceStreamTruncatedException>(
                () => StreamAsync(server, ProbeJsonContext.Default.PlainProbe));

            Assert.Equal(2, error.ItemsReceived);
        }

        [Fact]
        public async Task Plain_payload_ends_at_DONE()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"n":1,"last":true}""", """{"n":2}"""], done: true, holdOpen: true));

            List<PlainProbe> items = await StreamAsync(server, ProbeJsonContext.Default.PlainProbe);

            Assert.Equal([1, 2], items.ConvertAll(i => i.N));
        }

        [Fact]
        public async Task Error_payload_throws_VeniceApiException_from_its_raw_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.EventStream(
                context, ["""{"kind":"ok"}""", """{"kind":"error","message":"bad thing","code":"E1"}""", """{"kind":"ok"}"""], done: true));

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(
                () => StreamAsync(server, ProbeJsonContext.Default.ErrorProbe));

            Assert.Equal("bad thing", error.Error);
            Assert.Equal("E1", error.ErrorCode);
            Assert.Equal("""{"kind":"error","message":"bad thing","code":"E1"}""", error.RawBody);
        }
    }
}
