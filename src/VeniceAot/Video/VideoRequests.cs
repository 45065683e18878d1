using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Video
{
    /// <summary><c>POST /video/queue</c>: starts a video generation job. Available fields and values vary by model.</summary>
    public sealed record QueueVideoRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model;

        /// <summary>The model, e.g. <c>seedance-2-0-text-to-video-basic</c> (<c>GET /models?type=video</c>).</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>Provider consent attestations, needed only after a 409 <c>needs_consent</c> answer.</summary>
        [JsonPropertyName("consents")]
        public VideoConsents? Consents { get; init; }

        /// <summary>What to generate (model-specific limit, default 2500 characters).</summary>
        [JsonPropertyName("prompt")]
        public required string Prompt { get; init; }

        /// <summary>What to avoid.</summary>
        [JsonPropertyName("negative_prompt")]
        public string? NegativePrompt { get; init; }

        /// <summary>The length, e.g. <c>5s</c> or <c>10s</c>.</summary>
        [JsonPropertyName("duration")]
        public required VideoDuration Duration { get; init; }

        /// <summary>The aspect ratio, e.g. <c>16:9</c>; some models take none.</summary>
        [JsonPropertyName("aspect_ratio")]
        public VideoAspectRatio? AspectRatio { get; init; }

        /// <summary>Seedance 2.5 reference-to-video task hint.</summary>
        [JsonPropertyName("omni_reference_task_type")]
        public OmniReferenceTaskType? OmniReferenceTaskType { get; init; }

        /// <summary>The resolution, e.g. <c>720p</c>; some models take none.</summary>
        [JsonPropertyName("resolution")]
        public VideoResolution? Resolution { get; init; }

        /// <summary>For upscale models: 1 (enhance), 2 (default) or 4.</summary>
        [JsonPropertyName("upscale_factor")]
        public int? UpscaleFactor { get; init; }

        /// <summary>Generate audio, for models that can (server default true).</summary>
        [JsonPropertyName("audio")]
        public bool? Audio { get; init; }

        /// <summary>The start image of image-to-video models (http(s) or data URL).</summary>
        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; init; }

        /// <summary>The end frame, for models that support it.</summary>
        [JsonPropertyName("end_image_url")]
        public string? EndImageUrl { get; init; }

        /// <summary>Background audio (WAV or MP3, ≤30 s, ≤15 MB), for models that support it.</summary>
        [JsonPropertyName("audio_url")]
        public string? AudioUrl { get; init; }

        /// <summary>The input video of video-to-video and upscale models.</summary>
        [JsonPropertyName("video_url")]
        public string? VideoUrl { get; init; }

        /// <summary>Up to 30 reference images for character or style consistency.</summary>
        [JsonPropertyName("reference_image_urls")]
        public IReadOnlyList<string>? ReferenceImageUrls { get; init; }

        /// <summary>Up to 10 reference videos (motion, camera, style).</summary>
        [JsonPropertyName("reference_video_urls")]
        public IReadOnlyList<string>? ReferenceVideoUrls { get; init; }

        /// <summary>Up to 10 reference audio clips (voice, narration, effects).</summary>
        [JsonPropertyName("reference_audio_urls")]
        public IReadOnlyList<string>? ReferenceAudioUrls { get; init; }

        /// <summary>One document or web page URL for Omni-Reference models.</summary>
        [JsonPropertyName("reference_document_urls")]
        public IReadOnlyList<string>? ReferenceDocumentUrls { get; init; }

        /// <summary>Up to 4 elements (characters, objects), referenced in the prompt as <c>@Element1</c>, ….</summary>
        [JsonPropertyName("elements")]
        public IReadOnlyList<VideoElement>? Elements { get; init; }

        /// <summary>Up to 4 scene images, referenced in the prompt as <c>@Image1</c>, ….</summary>
        [JsonPropertyName("scene_image_urls")]
        public IReadOnlyList<string>? SceneImageUrls { get; init; }

        /// <summary>Up to 10 keyframes pinned to frames of the 24 fps output.</summary>
        [JsonPropertyName("keyframes")]
        public IReadOnlyList<VideoKeyframe>? Keyframes { get; init; }
    }

    /// <summary>Provider-specific consent attestations of <see cref="QueueVideoRequest.Consents"/>.</summary>
    public sealed record VideoConsents
    {
        /// <summary>The Seedance consent flow.</summary>
        [JsonPropertyName("seedance")]
        public SeedanceConsent? Seedance { get; init; }
    }

    /// <summary>The Seedance attestations; each must be true (the only value the server accepts).</summary>
    public sealed record SeedanceConsent
    {
        /// <summary>All three attestations confirmed.</summary>
        public static SeedanceConsent AllConfirmed => new() { ConfirmedTermsAndPrivacy = true, ConfirmedLegalRight = true, ConfirmedScreeningAcknowledged = true };

        /// <summary>Accepts the provider policy text returned in the 409 <c>needs_consent</c> answer.</summary>
        [JsonPropertyName("confirmed_terms_and_privacy")]
        public required bool ConfirmedTermsAndPrivacy { get; init; }

        /// <summary>Confirms the legal right to use the submitted media.</summary>
        [JsonPropertyName("confirmed_legal_right")]
        public required bool ConfirmedLegalRight { get; init; }

        /// <summary>Acknowledges that submitted media may be screened.</summary>
        [JsonPropertyName("confirmed_screening_acknowledged")]
        public required bool ConfirmedScreeningAcknowledged { get; init; }
    }

    /// <summary>An element (character or object) of <see cref="QueueVideoRequest.Elements"/>.</summary>
    public sealed record VideoElement
    {
        /// <summary>A frontal image of the element.</summary>
        [JsonPropertyName("frontal_image_url")]
        public string? FrontalImageUrl { get; init; }

        /// <summary>Up to 3 more reference images.</summary>
        [JsonPropertyName("reference_image_urls")]
        public IReadOnlyList<string>? ReferenceImageUrls { get; init; }

        /// <summary>A reference video of the element.</summary>
        [JsonPropertyName("video_url")]
        public string? VideoUrl { get; init; }
    }

    /// <summary>A keyframe of <see cref="QueueVideoRequest.Keyframes"/>.</summary>
    public sealed record VideoKeyframe
    {
        /// <summary>The frame image (URL or data URL).</summary>
        [JsonPropertyName("image_url")]
        public required string ImageUrl { get; init; }

        /// <summary>The frame it is pinned to (unique, at most duration × 24).</summary>
        [JsonPropertyName("frame_index")]
        public required int FrameIndex { get; init; }
    }

    /// <summary><c>POST /video/quote</c>: the price of a video job (only the pricing subset of the queue fields).</summary>
    public sealed record QuoteVideoRequest
    {
        /// <summary>The model to price.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The length, e.g. <c>10s</c>.</summary>
        [JsonPropertyName("duration")]
        public required VideoDuration Duration { get; init; }

        /// <summary>The aspect ratio; required by megapixel-priced models.</summary>
        [JsonPropertyName("aspect_ratio")]
        public VideoAspectRatio? AspectRatio { get; init; }

        /// <summary>The resolution; required by duration-resolution-priced models.</summary>
        [JsonPropertyName("resolution")]
        public VideoResolution? Resolution { get; init; }

        /// <summary>For upscale models: 1, 2 or 4.</summary>
        [JsonPropertyName("upscale_factor")]
        public int? UpscaleFactor { get; init; }

        /// <summary>Whether audio is generated (server default true).</summary>
        [JsonPropertyName("audio")]
        public bool? Audio { get; init; }

        /// <summary>For upscale models, the video to upscale (its duration is priced).</summary>
        [JsonPropertyName("video_url")]
        public string? VideoUrl { get; init; }

        /// <summary>For reference-to-video models, the total seconds of all reference videos (≤150).</summary>
        [JsonPropertyName("reference_video_total_duration")]
        public double? ReferenceVideoTotalDuration { get; init; }

        /// <summary>The quote request for <paramref name="request"/>: its pricing fields, nothing else (the server rejects the rest).</summary>
        /// <param name="request">The queue request to price.</param>
        /// <returns>The quote request.</returns>
        public static QuoteVideoRequest For(QueueVideoRequest request)
        {
            System.ArgumentNullException.ThrowIfNull(request);
            return new QuoteVideoRequest
            {
                Model = request.Model,
                Duration = request.Duration,
                AspectRatio = request.AspectRatio,
                Resolution = request.Resolution,
                UpscaleFactor = request.UpscaleFactor,
                Audio = request.Audio,
                VideoUrl = request.VideoUrl,
            };
        }
    }

    /// <summary><c>POST /video/retrieve</c>: the job's status, or its video once done.</summary>
    public sealed record RetrieveVideoRequest
    {
        /// <summary>The model the job was queued with.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The job id from <see cref="QueueVideoResponse.QueueId"/>.</summary>
        [JsonPropertyName("queue_id")]
        public required string QueueId { get; init; }

        /// <summary>Delete the video from Venice's storage once it has been returned (then no complete call is needed).</summary>
        [JsonPropertyName("delete_media_on_completion")]
        public bool? DeleteMediaOnCompletion { get; init; }
    }

    /// <summary><c>POST /video/complete</c>: deletes the job's video from Venice's storage after download.</summary>
    public sealed record CompleteVideoRequest
    {
        /// <summary>The model the job was queued with.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The job id.</summary>
        [JsonPropertyName("queue_id")]
        public required string QueueId { get; init; }
    }

    /// <summary><c>POST /video/transcriptions</c>: transcribes a YouTube video by URL.</summary>
    public sealed record VideoTranscriptionRequest
    {
        /// <summary>The YouTube URL.</summary>
        [JsonPropertyName("url")]
        public required string Url { get; init; }

        /// <summary><c>json</c> (default) or <c>text</c>, which makes Venice answer <c>text/plain</c>.</summary>
        [JsonPropertyName("response_format")]
        public VideoTranscriptionFormat? ResponseFormat { get; init; }
    }
}
