using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Video
{
    /// <summary>The answer of <c>POST /video/queue</c>.</summary>
    public sealed class QueueVideoResponse
    {
        /// <summary>The model the job runs on.</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>The job id to retrieve and complete with.</summary>
        [JsonPropertyName("queue_id")]
        public string? QueueId { get; set; }

        /// <summary>
        /// A pre-signed URL (valid 24 hours) for models whose video is not streamed by <c>retrieve</c>: retrieve then answers
        /// JSON status only, and once it says <c>COMPLETED</c> the video/mp4 is fetched from here (without the API key).
        /// </summary>
        [JsonPropertyName("download_url")]
        public string? DownloadUrl { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>POST /video/quote</c>.</summary>
    public sealed class VideoQuoteResponse
    {
        /// <summary>The estimated price in USD.</summary>
        [JsonPropertyName("quote")]
        public decimal Quote { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The JSON answer of <c>POST /video/retrieve</c> (the finished video comes as <c>video/mp4</c> instead).</summary>
    public sealed class VideoJobStatusResponse : IMediaJobStatus
    {
        /// <summary><c>PROCESSING</c> or <c>COMPLETED</c>.</summary>
        [JsonPropertyName("status")]
        public VideoJobStatus? Status { get; set; }

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

    /// <summary>The answer of <c>POST /video/complete</c>.</summary>
    public sealed class CompleteVideoResponse
    {
        /// <summary>Whether the video was deleted from storage.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The JSON answer of <c>POST /video/transcriptions</c>.</summary>
    public sealed class VideoTranscriptionResponse
    {
        /// <summary>The transcript.</summary>
        [JsonPropertyName("transcript")]
        public string? Transcript { get; set; }

        /// <summary>The detected language, e.g. <c>en</c>.</summary>
        [JsonPropertyName("lang")]
        public string? Lang { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
