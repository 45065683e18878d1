using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Audio
{
    /// <summary>
    /// The form fields of <c>POST /audio/transcriptions</c> besides the audio file itself, which the
    /// <see cref="AudioClient.TranscribeAsync(string, TranscriptionRequest?, System.Threading.CancellationToken)"/> overloads
    /// take separately and stream. Each property is sent as a form part named by its JSON name; unset ones are not sent.
    /// </summary>
    public sealed record TranscriptionRequest
    {
        /// <summary>The model; the server uses <c>nvidia/parakeet-tdt-0.6b-v3</c> when omitted.</summary>
        [JsonPropertyName("model")]
        public TranscriptionModel? Model { get; init; }

        /// <summary><c>json</c> (default) or <c>text</c>, which makes Venice answer <c>text/plain</c>.</summary>
        [JsonPropertyName("response_format")]
        public TranscriptionFormat? ResponseFormat { get; init; }

        /// <summary>Include word/segment/character timestamps (JSON answers only).</summary>
        [JsonPropertyName("timestamps")]
        public bool? Timestamps { get; init; }

        /// <summary>An ISO 639-1 language hint (e.g. <c>en</c>) for models that support it.</summary>
        [JsonPropertyName("language")]
        public string? Language { get; init; }
    }

    /// <summary>The JSON answer of <c>POST /audio/transcriptions</c>.</summary>
    public sealed class TranscriptionResponse
    {
        /// <summary>The transcribed text.</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        /// <summary>The audio's duration in seconds.</summary>
        [JsonPropertyName("duration")]
        public double? Duration { get; set; }

        /// <summary>Timestamps, present when the request asked for them.</summary>
        [JsonPropertyName("timestamps")]
        public TranscriptionTimestamps? Timestamps { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Word, segment and character timings of a transcript.</summary>
    public sealed class TranscriptionTimestamps
    {
        /// <summary>Per-word timings.</summary>
        [JsonPropertyName("word")]
        public List<TranscriptionWord>? Word { get; set; }

        /// <summary>Per-segment timings.</summary>
        [JsonPropertyName("segment")]
        public List<TranscriptionSegment>? Segment { get; set; }

        /// <summary>Per-character timings.</summary>
        [JsonPropertyName("char")]
        public List<TranscriptionCharacter>? Char { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A word with its start and end in seconds.</summary>
    public sealed class TranscriptionWord
    {
        /// <summary>The word.</summary>
        [JsonPropertyName("word")]
        public string? Word { get; set; }

        /// <summary>Start, in seconds.</summary>
        [JsonPropertyName("start")]
        public double Start { get; set; }

        /// <summary>End, in seconds.</summary>
        [JsonPropertyName("end")]
        public double End { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A segment of text with its start and end in seconds.</summary>
    public sealed class TranscriptionSegment
    {
        /// <summary>The segment's text.</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        /// <summary>Start, in seconds.</summary>
        [JsonPropertyName("start")]
        public double Start { get; set; }

        /// <summary>End, in seconds.</summary>
        [JsonPropertyName("end")]
        public double End { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A character with its start and end in seconds.</summary>
    public sealed class TranscriptionCharacter
    {
        /// <summary>The character.</summary>
        [JsonPropertyName("char")]
        public string? Char { get; set; }

        /// <summary>Start, in seconds.</summary>
        [JsonPropertyName("start")]
        public double Start { get; set; }

        /// <summary>End, in seconds.</summary>
        [JsonPropertyName("end")]
        public double End { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>POST /audio/voices</c>: the cloned voice handle and the model it works with.</summary>
    public sealed class ClonedVoiceResponse
    {
        /// <summary>The handle (<c>vv_…</c>) to pass as <see cref="SpeechRequest.Voice"/>; expires after the model's retention window.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        /// <summary>The TTS model the voice works with.</summary>
        [JsonPropertyName("model")]
        public ClonedVoiceModel? Model { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
