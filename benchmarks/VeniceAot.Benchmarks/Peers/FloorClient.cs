using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Json;
using VeniceAot.Models;

namespace VeniceAot.Benchmarks.Peers
{
    /// <summary>
    /// The floor: the shortest correct hand-written code. One <see cref="HttpClient"/> with the key and user agent as
    /// default headers, bodies serialized to bytes through the group contexts (<see cref="ChatJsonContext"/> …), responses read with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/> and deserialized from the stream. No abstractions, no
    /// retries, no error mapping beyond <see cref="HttpResponseMessage.EnsureSuccessStatusCode"/>.
    /// </summary>
    public sealed class FloorClient
    {
        private static readonly MediaTypeHeaderValue Json = new("application/json");
        private readonly HttpClient _http;
        private readonly Uri _chat;
        private readonly Uri _embeddings;
        private readonly Uri _models;
        private readonly string _apiKeys;

        public FloorClient(HttpClient http, Uri baseAddress)
        {
            _http = http;
            string root = baseAddress.AbsoluteUri.TrimEnd('/');
            _chat = new Uri(root + "/chat/completions");
            _embeddings = new Uri(root + "/embeddings");
            _models = new Uri(root + "/models");
            _apiKeys = root + "/api_keys?id=";
        }

        public async Task<ChatCompletion> ChatAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, _chat) { Content = Body(request) };
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return (await JsonSerializer.DeserializeAsync(stream, ChatJsonContext.Default.ChatCompletion, cancellationToken).ConfigureAwait(false))!;
        }

        public async IAsyncEnumerable<ChatCompletionChunk> StreamAsync(ChatCompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, _chat) { Content = Body(request) };
            HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await foreach (ChatCompletionChunk chunk in ReadEventsAsync(response, cancellationToken).ConfigureAwait(false))
            {
                yield return chunk;
            }
        }

        /// <summary>Reads <c>data:</c> events until <c>[DONE]</c> (also used by the Refit peer, whose SSE reader cannot stop there).</summary>
        public static async IAsyncEnumerable<ChatCompletionChunk> ReadEventsAsync(HttpResponseMessage response, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            using HttpResponseMessage owned = response;
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            SseParser<ChatCompletionChunk?> parser = SseParser.Create(stream, static (_, data) =>
                data.SequenceEqual("[DONE]"u8) ? null : JsonSerializer.Deserialize(data, ChatJsonContext.Default.ChatCompletionChunk));
            await foreach (SseItem<ChatCompletionChunk?> item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
            {
                if (item.Data is null)
                {
                    yield break;
                }

                yield return item.Data;
            }
        }

        public async Task<DeleteApiKeyResponse> DeleteKeyAsync(string id, CancellationToken cancellationToken = default)
        {
            using var message = new HttpRequestMessage(HttpMethod.Delete, _apiKeys + Uri.EscapeDataString(id));
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return (await JsonSerializer.DeserializeAsync(stream, ApiKeysJsonContext.Default.DeleteApiKeyResponse, cancellationToken).ConfigureAwait(false))!;
        }

        public async Task<ModelList> ListModelsAsync(CancellationToken cancellationToken = default)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, _models);
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return (await JsonSerializer.DeserializeAsync(stream, ModelsJsonContext.Default.ModelList, cancellationToken).ConfigureAwait(false))!;
        }

        public async Task<EmbeddingResponse> EmbedAsync(EmbeddingRequest request, CancellationToken cancellationToken = default)
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, EmbeddingsJsonContext.Default.EmbeddingRequest));
            content.Headers.ContentType = Json;
            using var message = new HttpRequestMessage(HttpMethod.Post, _embeddings) { Content = content };
            using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return (await JsonSerializer.DeserializeAsync(stream, EmbeddingsJsonContext.Default.EmbeddingResponse, cancellationToken).ConfigureAwait(false))!;
        }

        private static ByteArrayContent Body(ChatCompletionRequest request)
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, ChatJsonContext.Default.ChatCompletionRequest));
            content.Headers.ContentType = Json;
            return content;
        }
    }
}
