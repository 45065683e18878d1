using System.Text.Json.Serialization;

namespace VeniceAot.Audio
{
    /// <summary>
    /// <c>POST /audio/speech</c>: text to speech. Venice answers binary audio; with <see cref="Streaming"/> true it
    /// arrives chunked, sentence by sentence (read it with <see cref="AudioClient.StreamSpeechAsync"/>).
    /// </summary>
    public sealed record SpeechRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model?.Value;

        /// <summary>The text to speak (1–4096 characters).</summary>
        [JsonPropertyName("input")]
        public required string Input { get; init; }

        /// <summary>A language hint whose accepted values are model-specific (<c>English</c>, <c>en</c>, …); omit to auto-detect.</summary>
        [JsonPropertyName("language")]
        public string? Language { get; init; }

        /// <summary>The TTS model; the server uses <c>tts-kokoro</c> when omitted.</summary>
        [JsonPropertyName("model")]
        public SpeechModel? Model { get; init; }

        /// <summary>A style prompt (≤500 characters) for models that support it, e.g. <c>"Very happy."</c>.</summary>
        [JsonPropertyName("prompt")]
        public string? Prompt { get; init; }

        /// <summary>The audio format; the model's default when omitted. An unsupported format is a 400.</summary>
        [JsonPropertyName("response_format")]
        public SpeechFormat? ResponseFormat { get; init; }

        /// <summary>Playback speed, 0.25 to 4 (server default 1).</summary>
        [JsonPropertyName("speed")]
        public double? Speed { get; init; }

        /// <summary>Stream the audio back sentence by sentence instead of as one file.</summary>
        [JsonPropertyName("streaming")]
        public bool? Streaming { get; init; }

        /// <summary>Sampling temperature, 0 to 2, for models that support it.</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; init; }

        /// <summary>Nucleus sampling, 0 to 1, for models that support it.</summary>
        [JsonPropertyName("top_p")]
        public double? TopP { get; init; }

        /// <summary>The voice (model-specific, or a cloned <c>vv_…</c> handle); the server uses <c>af_sky</c> when omitted.</summary>
        [JsonPropertyName("voice")]
        public SpeechVoice? Voice { get; init; }
    }
}
