using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Chat;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// An <see cref="IChatClient"/> over Venice's <c>POST /chat/completions</c> (<see cref="VeniceAot.Chat.ChatClient"/>). Create it
    /// with <see cref="VeniceClientExtensions.AsIChatClient(VeniceClient, string?)"/>. Messages, content (text, images, audio, video,
    /// documents), tools, response formats, sampling settings and reasoning map to the request; Venice-only settings come from
    /// <see cref="ChatOptions.AdditionalProperties"/> under the keys of <see cref="VeniceAIProperties"/>. A
    /// <see cref="ChatCompletionRequest"/> returned by <see cref="ChatOptions.RawRepresentationFactory"/> is the starting point:
    /// its set fields win and its messages come first. Errors surface as <see cref="VeniceApiException"/>.
    /// </summary>
    public sealed class VeniceChatClient : IChatClient
    {
        /// <summary>The provider name in <see cref="ChatClientMetadata"/>.</summary>
        public const string ProviderName = "venice";

        private readonly ChatClient _chat;
        private readonly VeniceClient? _client;
        private readonly ChatClientMetadata _metadata;

        /// <summary>Creates the adapter over a <see cref="VeniceClient"/>'s chat group.</summary>
        /// <param name="client">The Venice client (not disposed by the adapter).</param>
        /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set.</param>
        public VeniceChatClient(VeniceClient client, string? defaultModelId = null)
            : this(client?.Chat!, new Uri(client!.Connection.BaseAddress), defaultModelId)
        {
            _client = client;
        }

        /// <summary>Creates the adapter over a <see cref="VeniceAot.Chat.ChatClient"/>.</summary>
        /// <param name="chat">The chat client.</param>
        /// <param name="providerUri">The API base address to report in <see cref="ChatClientMetadata.ProviderUri"/>, if known.</param>
        /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set.</param>
        public VeniceChatClient(ChatClient chat, Uri? providerUri = null, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(chat);
            _chat = chat;
            DefaultModelId = defaultModelId;
            _metadata = new ChatClientMetadata(ProviderName, providerUri, defaultModelId);
        }

        /// <summary>The model used when <see cref="ChatOptions.ModelId"/> is not set.</summary>
        public string? DefaultModelId { get; }

        /// <summary>
        /// How tool results (<see cref="FunctionResultContent.Result"/>) and call arguments that are not already JSON are
        /// serialized: <see cref="AIJsonUtilities.DefaultOptions"/> unless set. In a trimmed or Native AOT app, give options whose
        /// resolver (a <c>JsonSerializerContext</c>) knows your result types.
        /// </summary>
        public JsonSerializerOptions ToolSerializerOptions { get; set; } = AIJsonUtilities.DefaultOptions;

        /// <inheritdoc/>
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<MeaiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            ChatCompletionRequest request = ChatRequestMapper.ToRequest(this, messages, options, DefaultModelId, ToolSerializerOptions, streaming: false);
            ChatCompletion completion = await _chat.CreateAsync(request, cancellationToken).ConfigureAwait(false);
            return ChatResponseMapper.ToResponse(completion);
        }

        /// <inheritdoc/>
        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<MeaiChatMessage> messages,
            ChatOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ChatCompletionRequest request = ChatRequestMapper.ToRequest(this, messages, options, DefaultModelId, ToolSerializerOptions, streaming: true);
            var calls = new SortedDictionary<int, PendingCall>();
            string? responseId = null;
            string? modelId = null;
            DateTimeOffset? createdAt = null;
            await foreach (ChatCompletionChunk chunk in _chat.StreamAsync(request, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                responseId ??= ChatResponseMapper.NullIfEmpty(chunk.Id);
                modelId ??= ChatResponseMapper.NullIfEmpty(chunk.Model);
                createdAt ??= ChatResponseMapper.CreatedAt(chunk.Created);
                var update = new ChatResponseUpdate
                {
                    Role = MeaiChatRole.Assistant,
                    ResponseId = responseId,
                    MessageId = responseId,
                    ModelId = ChatResponseMapper.NullIfEmpty(chunk.Model) ?? modelId,
                    CreatedAt = createdAt,
                    RawRepresentation = chunk,
                };

                foreach (ChatChunkChoice choice in chunk.Choices)
                {
                    if (choice.Index != 0)
                    {
                        continue; // One answer per request: extra choices (n > 1 via a raw request) are on RawRepresentation.
                    }

                    if (choice.Delta is { } delta)
                    {
                        ChatResponseMapper.AddContents(update.Contents, delta.ReasoningContent, delta.Content, null);
                        if (delta.ToolCalls is not null)
                        {
                            foreach (ChatToolCallDelta piece in delta.ToolCalls)
                            {
                                if (!calls.TryGetValue(piece.Index, out PendingCall? call))
                                {
                                    calls[piece.Index] = call = new PendingCall();
                                }

                                call.Append(piece);
                            }
                        }
                    }

                    if (choice.FinishReason is { } finish)
                    {
                        update.FinishReason = ChatResponseMapper.FinishReason(finish);
                        Flush(calls, update.Contents);
                    }

                    if (choice.StopReason is { } stopReason)
                    {
                        (update.AdditionalProperties ??= [])[VeniceAIProperties.StopReason] = stopReason.Value;
                    }
                }

                if (ChatResponseMapper.Usage(chunk.Usage) is { } usage)
                {
                    update.Contents.Add(new UsageContent(usage));
                }

                if (chunk.VeniceParameters is not null)
                {
                    (update.AdditionalProperties ??= [])[VeniceAIProperties.VeniceParametersEcho] = chunk.VeniceParameters;
                }

                yield return update;
            }

            if (calls.Count > 0)
            {
                // The stream ended without a finish reason on the choice: hand over the calls gathered so far.
                var last = new ChatResponseUpdate { Role = MeaiChatRole.Assistant, ResponseId = responseId, MessageId = responseId, ModelId = modelId, CreatedAt = createdAt };
                Flush(calls, last.Contents);
                yield return last;
            }
        }

        /// <inheritdoc/>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            ArgumentNullException.ThrowIfNull(serviceType);
            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(ChatClientMetadata))
            {
                return _metadata;
            }

            if (serviceType == typeof(ChatClient))
            {
                return _chat;
            }

            if (serviceType == typeof(VeniceClient))
            {
                return _client;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Does nothing: the underlying <see cref="VeniceClient"/> belongs to the caller.</summary>
        public void Dispose()
        {
        }

        private static void Flush(SortedDictionary<int, PendingCall> calls, IList<AIContent> contents)
        {
            foreach (PendingCall call in calls.Values)
            {
                contents.Add(ChatResponseMapper.ToFunctionCall(call.Id, call.Name, call.Arguments.ToString(), null));
            }

            calls.Clear();
        }

        /// <summary>One tool call being assembled from its streamed pieces (id and name first, then argument fragments).</summary>
        private sealed class PendingCall
        {
            public string? Id { get; private set; }

            public string? Name { get; private set; }

            public StringBuilder Arguments { get; } = new();

            public void Append(ChatToolCallDelta piece)
            {
                Id ??= piece.Id;
                if (piece.Function is not { } function)
                {
                    return;
                }

                // OpenAI sends the name once; some backends repeat it in every piece (ignored) or split it (joined).
                if (function.Name is { Length: > 0 } name && name != Name)
                {
                    Name += name;
                }

                Arguments.Append(function.Arguments);
            }
        }
    }
}
