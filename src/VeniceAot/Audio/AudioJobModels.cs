using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Audio
{
    /// <summary><c>POST /audio/queue</c>: starts an audio (music, narration) generation job.</summary>
    public sealed record QueueAudioRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model;

        /// <summary>The model, e.g. <c>elevenlabs-music</c> (<c>GET /models?type=music</c>).</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>What to generate; length limits are model-specific.</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>Lyrics for lyric-capable models.</summary>
        [JsonPropertyName("lyrics_prompt")]
        public string? LyricsPrompt { get; init; }

        /// <summary>A duration hint in seconds, sent as an integer or a numeric string.</summary>
        [JsonPropertyName("duration_seconds")]
        public AudioDuration? DurationSeconds { get; init; }

        /// <summary>Instrumental only, where the model supports it.</summary>
        [JsonPropertyName("force_instrumental")]
        public bool? ForceInstrumental { get; init; }

        /// <summary>Generate lyrics from the prompt (then <see cref="LyricsPrompt"/> must be empty).</summary>
        [JsonPropertyName("lyrics_optimizer")]
        public bool? LyricsOptimizer { get; init; }

        /// <summary>Render a seamless loop, where the model supports it.</summary>
        [JsonPropertyName("loop")]
        public bool? Loop { get; init; }

        /// <summary>A voice of voice-enabled models (see the model's <c>voices</c>).</summary>
        [JsonPropertyName("voice")]
        public string? Voice { get; init; }

        /// <summary>An ISO 639-1 language code, where supported.</summary>
        [JsonPropertyName("language_code")]
        public string? LanguageCode { get; init; }

        /// <summary>A speed multiplier (0.25–4, model limits apply).</summary>
        [JsonPropertyName("speed")]
        public double? Speed { get; init; }
    }

    /// <summary>The answer of <c>POST /audio/queue</c>.</summary>
    public sealed class QueueAudioResponse
    {
        /// <summary>The model the job runs on.</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The job id to retrieve and complete with.</summary>
        [JsonPropertyName("queue_id")]
        public string? QueueId { get; set; }

        /// <summary><c>QUEUED</c>.</summary>
        [JsonPropertyName("status")]
        public AudioJobStatus? Status { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>POST /audio/quote</c>: the price of an audio job before queueing it.</summary>
    public sealed record QuoteAudioRequest
    {
        /// <summary>The model to price.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The duration hint in seconds.</summary>
        [JsonPropertyName("duration_seconds")]
        public AudioDuration? DurationSeconds { get; init; }

        /// <summary>The character count, required by models priced per thousand characters.</summary>
        [JsonPropertyName("character_count")]
        public int? CharacterCount { get; init; }
    }

    /// <summary>The answer of <c>POST /audio/quote</c>.</summary>
    public sealed class AudioQuoteResponse
    {
        /// <summary>The estimated price in USD.</summary>
        [JsonPropertyName("quote")]
        public decimal Quote { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>POST /audio/retrieve</c>: the job's status, or its audio once done.</summary>
    public sealed record RetrieveAudioRequest
    {
        /// <summary>The model the job was queued with.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The job id from <see cref="QueueAudioResponse.QueueId"/>.</summary>
        [JsonPropertyName("queue_id")]
        public required string QueueId { get; init; }

        /// <summary>Delete the media from Venice's storage once it has been returned (then no complete call is needed).</summary>
        [JsonPropertyName("delete_media_on_completion")]
        public bool? DeleteMediaOnCompletion { get; init; }
    }

    /// <summary>The JSON answer of <c>POST /audio/retrieve</c> while the job runs (the finished audio comes as binary instead).</summary>
    public sealed class AudioJobStatusResponse : IMediaJobStatus
    {
        /// <summary><c>PROCESSING</c>.</summary>
        [JsonPropertyName("status")]
        public AudioJobStatus? Status { get; set; }

        /// <summary>The typical (P80) run time of such jobs, in milliseconds.</summary>
        [JsonPropertyName("average_execution_time")]
        public double? AverageExecutionTime { get; set; }

        /// <summary>How long this job has run so far, in milliseconds.</summary>
        [JsonPropertyName("execution_duration")]
        public double? ExecutionDuration { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        string? IMediaJobStatus.Status => Status?.Value;
    }

    /// <summary><c>POST /audio/complete</c>: deletes the job's media from Venice's storage after download.</summary>
    public sealed record CompleteAudioRequest
    {
        /// <summary>The model the job was queued with.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The job id.</summary>
        [JsonPropertyName("queue_id")]
        public required string QueueId { get; init; }
    }

    /// <summary>The answer of <c>POST /audio/complete</c>.</summary>
    public sealed class CompleteAudioResponse
    {
        /// <summary>Whether cleanup completed; false means it may be retried later.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
