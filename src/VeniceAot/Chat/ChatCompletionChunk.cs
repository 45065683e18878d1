using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary>
    /// One streamed event of <c>POST /chat/completions</c> with <c>stream: true</c> (<c>chat.completion.chunk</c>; the
    /// spec does not declare it, this is the OpenAI shape Venice documents). Fold a stream with
    /// <see cref="ChatCompletionAccumulator"/> or <see cref="ChatStreamExtensions.ToCompletionAsync"/>.
    /// </summary>
    public sealed class ChatCompletionChunk : Telemetry.IUsageReport
    {
        Telemetry.UsageReport Telemetry.IUsageReport.Usage => new(Model, Id, Usage?.PromptTokens, Usage?.CompletionTokens);

        /// <summary>The content piece of the first choice in this chunk, or null if it carries none.</summary>
        /// <returns>The text delta.</returns>
        public string? GetText() => Choices is { Count: > 0 } choices ? choices[0].Delta?.Content : null;

        /// <summary>The request's id (the same in every chunk).</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary><c>chat.completion.chunk</c>.</summary>
        [JsonPropertyName("object")]
        public ChatObjectType? Object { get; set; }

        /// <summary>When the request was created, in Unix seconds.</summary>
        [JsonPropertyName("created")]
        public long Created { get; set; }

        /// <summary>The model that answers.</summary>
        [JsonPropertyName("model")]
        public string Model { get; set; } = string.Empty;

        /// <summary>The deltas of this event; empty in the usage-only last chunk.</summary>
        [JsonPropertyName("choices")]
        public List<ChatChunkChoice> Choices { get; set; } = [];

        /// <summary>Token counts: on the last chunk when <c>stream_options.include_usage</c> is true.</summary>
        [JsonPropertyName("usage")]
        public ChatUsage? Usage { get; set; }

        /// <summary>The Venice settings that applied, with web-search citations (usually on the first chunk).</summary>
        [JsonPropertyName("venice_parameters")]
        public ChatVeniceParametersEcho? VeniceParameters { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One choice's delta in a <see cref="ChatCompletionChunk"/>.</summary>
    public sealed class ChatChunkChoice
    {
        /// <summary>The choice's position.</summary>
        [JsonPropertyName("index")]
        public int Index { get; set; }

        /// <summary>What this event adds.</summary>
        [JsonPropertyName("delta")]
        public ChatDelta? Delta { get; set; }

        /// <summary>Null until the choice's last event.</summary>
        [JsonPropertyName("finish_reason")]
        public ChatFinishReason? FinishReason { get; set; }

        /// <summary>What stopped generation, when the backend reports it.</summary>
        [JsonPropertyName("stop_reason")]
        public ChatStopReason? StopReason { get; set; }

        /// <summary>Log probabilities of this event's tokens, when requested.</summary>
        [JsonPropertyName("logprobs")]
        public ChatLogprobs? Logprobs { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The new part of a message: reasoning arrives before content; tool-call arguments arrive in pieces.</summary>
    public sealed class ChatDelta
    {
        /// <summary>The role, on the first delta.</summary>
        [JsonPropertyName("role")]
        public ChatRole? Role { get; set; }

        /// <summary>The next piece of the answer.</summary>
        [JsonPropertyName("content")]
        public string? Content { get; set; }

        /// <summary>The next piece of the reasoning.</summary>
        [JsonPropertyName("reasoning_content")]
        public string? ReasoningContent { get; set; }

        /// <summary>Pieces of tool calls, keyed by <see cref="ChatToolCallDelta.Index"/>.</summary>
        [JsonPropertyName("tool_calls")]
        public List<ChatToolCallDelta>? ToolCalls { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A piece of a tool call: the first carries id, type and name; later ones carry more of the arguments.</summary>
    public sealed class ChatToolCallDelta
    {
        /// <summary>Which tool call of the message this piece belongs to.</summary>
        [JsonPropertyName("index")]
        public int Index { get; set; }

        /// <summary>The call's id (first piece).</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The call's kind, <c>function</c> (first piece).</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>The function's name and the next fragment of its arguments.</summary>
        [JsonPropertyName("function")]
        public ChatFunctionCallDelta? Function { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The function part of a <see cref="ChatToolCallDelta"/>.</summary>
    public sealed class ChatFunctionCallDelta
    {
        /// <summary>The function's name (first piece).</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>The next fragment of the JSON arguments text.</summary>
        [JsonPropertyName("arguments")]
        public string? Arguments { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
