using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>
    /// One server-sent event of a streamed response: the envelope <c>{type, sequence_number?, …}</c>. Venice's spec does
    /// not define the event grammar, so everything but <see cref="Type"/> and <see cref="SequenceNumber"/> stays raw in
    /// <see cref="AdditionalProperties"/>; the typed accessors (<see cref="Response"/>, <see cref="Delta"/>,
    /// <see cref="Item"/>, …) read the OpenAI Responses-style fields from there and return null when an event lacks them
    /// or has them in another shape. The stream ends after <c>response.completed</c>, <c>response.failed</c> or
    /// <c>response.incomplete</c> (or at <c>[DONE]</c>); an <c>error</c> event is thrown as <see cref="VeniceApiException"/>.
    /// </summary>
    public sealed class ResponseStreamEvent : IEventStreamTerminal, IEventStreamError, Telemetry.IUsageReport
    {
        Telemetry.UsageReport Telemetry.IUsageReport.Usage => IsTerminal && Response is Telemetry.IUsageReport report ? report.Usage : default;

        private ResponsesResponse? _response;
        private ResponseOutputItem? _item;

        /// <summary>The event type, e.g. <c>response.output_text.delta</c>.</summary>
        [JsonPropertyName("type")]
        public ResponseStreamEventType Type { get; set; }

        /// <summary>The event's position in the stream, when the server numbers events.</summary>
        [JsonPropertyName("sequence_number")]
        public long? SequenceNumber { get; set; }

        /// <summary>Every other field of the event, as received.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>
        /// The response carried by <c>response.created</c>, <c>response.in_progress</c>, <c>response.completed</c>,
        /// <c>response.failed</c> and <c>response.incomplete</c> (parsed on first access).
        /// </summary>
        [JsonIgnore]
        public ResponsesResponse? Response =>
            _response ??= Field("response") is { ValueKind: JsonValueKind.Object } element
                ? element.Deserialize(ResponsesJsonContext.Default.ResponsesResponse)
                : null;

        /// <summary>The output item of <c>response.output_item.added</c> / <c>.done</c> (parsed on first access).</summary>
        [JsonIgnore]
        public ResponseOutputItem? Item =>
            _item ??= Field("item") is { ValueKind: JsonValueKind.Object } element
                ? element.Deserialize(ResponsesJsonContext.Default.ResponseOutputItem)
                : null;

        /// <summary>The text piece of <c>response.output_text.delta</c> (or of another <c>*.delta</c> event with a string delta).</summary>
        [JsonIgnore]
        public string? Delta => String("delta");

        /// <summary>The full text of <c>response.output_text.done</c>.</summary>
        [JsonIgnore]
        public string? Text => String("text");

        /// <summary>The id of the item the event belongs to.</summary>
        [JsonIgnore]
        public string? ItemId => String("item_id");

        /// <summary>The index of the output item the event belongs to.</summary>
        [JsonIgnore]
        public int? OutputIndex => Int("output_index");

        /// <summary>The index of the content part the event belongs to.</summary>
        [JsonIgnore]
        public int? ContentIndex => Int("content_index");

        /// <summary>True for the events that end a stream: <c>response.completed</c>, <c>response.failed</c>, <c>response.incomplete</c>.</summary>
        [JsonIgnore]
        public bool IsTerminal =>
            Type == ResponseStreamEventType.Completed || Type == ResponseStreamEventType.Failed || Type == ResponseStreamEventType.Incomplete;

        /// <inheritdoc/>
        bool IEventStreamError.IsError => Type == ResponseStreamEventType.Error;

        /// <summary>The raw value of a field that is not <c>type</c> or <c>sequence_number</c>, or null if absent.</summary>
        /// <param name="name">The wire name.</param>
        /// <returns>The value as received.</returns>
        public JsonElement? Field(string name) =>
            AdditionalProperties is not null && AdditionalProperties.TryGetValue(name, out JsonElement value) ? value : null;

        /// <inheritdoc/>
        public override string ToString() => SequenceNumber is { } n ? $"{Type} #{n}" : Type.ToString();

        private string? String(string name)
        {
            if (Field(name) is not { ValueKind: JsonValueKind.String } value)
            {
                return null;
            }

            // The reader lets invalid UTF-8 and lone surrogates through inside strings; report them as bad JSON.
            return JsonUnion.TextOrNull(value) ?? throw new JsonException($"The event's \"{name}\" is not valid text (invalid UTF-8 or a lone surrogate).");
        }

        private int? Int(string name) => Field(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out int number) ? number : null;
    }
}
