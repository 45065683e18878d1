using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>
    /// A message's <c>content</c>: either a plain string or a list of parts (text, image, audio, video, file). On the
    /// wire it is exactly one of the two shapes; <see cref="IsText"/> says which. Strings and part arrays convert
    /// implicitly: <c>Content = "Hi"</c> or <c>Content = new ChatContentPart[] { … }</c>.
    /// </summary>
    [JsonConverter(typeof(ChatContentJsonConverter))]
    public sealed class ChatContent
    {
        /// <summary>Content that is a plain string.</summary>
        /// <param name="text">The text.</param>
        public ChatContent(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            Text = text;
        }

        /// <summary>Content that is a list of parts.</summary>
        /// <param name="parts">The parts, in order.</param>
        public ChatContent(IReadOnlyList<ChatContentPart> parts)
        {
            ArgumentNullException.ThrowIfNull(parts);
            Parts = parts;
        }

        /// <summary>The string, when the content is a string; otherwise null.</summary>
        public string? Text { get; }

        /// <summary>The parts, when the content is an array; otherwise null.</summary>
        public IReadOnlyList<ChatContentPart>? Parts { get; }

        /// <summary>True when the content is a plain string.</summary>
        public bool IsText => Text is not null;

        /// <summary>Wraps a string.</summary>
        /// <param name="text">The text.</param>
        public static implicit operator ChatContent(string text) => new(text);

        /// <summary>Wraps a part array.</summary>
        /// <param name="parts">The parts.</param>
        public static implicit operator ChatContent(ChatContentPart[] parts) => new(parts);

        /// <summary>The text of the content: the string itself, or the <c>text</c> parts joined in order.</summary>
        /// <returns>The text; empty if there is none.</returns>
        public string GetText()
        {
            if (Text is not null)
            {
                return Text;
            }

            var text = new StringBuilder();
            foreach (ChatContentPart part in Parts!)
            {
                if (part is ChatTextContentPart textPart)
                {
                    text.Append(textPart.Text);
                }
            }

            return text.ToString();
        }

        /// <inheritdoc/>
        public override string ToString() => GetText();
    }

    /// <summary>Reads and writes <see cref="ChatContent"/> as a JSON string or an array of parts.</summary>
    public sealed class ChatContentJsonConverter : JsonConverter<ChatContent>
    {
        /// <inheritdoc/>
        public override ChatContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new ChatContent(reader.GetString()!);
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"A message content must be a string or an array of parts, found {reader.TokenType}.");
            }

            var parts = new List<ChatContentPart>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                parts.Add(reader.TokenType == JsonTokenType.Null
                    ? new ChatUnknownContentPart(JsonElement.ParseValue(ref reader))
                    : JsonSerializer.Deserialize(ref reader, ChatJsonContext.Default.ChatContentPart)!);
            }

            return new ChatContent(parts);
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatContent value, JsonSerializerOptions options)
        {
            if (value.Text is not null)
            {
                writer.WriteStringValue(value.Text);
                return;
            }

            writer.WriteStartArray();
            foreach (ChatContentPart part in value.Parts!)
            {
                JsonSerializer.Serialize(writer, part, ChatJsonContext.Default.ChatContentPart);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>A prompt-cache breakpoint on a content part (<c>cache_control</c>), for providers that support caching.</summary>
    public sealed class ChatCacheControl
    {
        /// <summary>The kind of breakpoint; Venice documents only <see cref="ChatCacheControlType.Ephemeral"/>.</summary>
        [JsonPropertyName("type")]
        public required ChatCacheControlType Type { get; init; }

        /// <summary>Optional longer time to live, e.g. <c>"1h"</c> (a beta feature of some providers).</summary>
        [JsonPropertyName("ttl")]
        public string? Ttl { get; init; }

        /// <summary>An ephemeral breakpoint.</summary>
        /// <param name="ttl">Optional time to live, e.g. <c>"1h"</c>.</param>
        /// <returns>The cache control.</returns>
        public static ChatCacheControl CreateEphemeral(string? ttl = null) => new() { Type = ChatCacheControlType.Ephemeral, Ttl = ttl };
    }

    /// <summary>
    /// One part of a message's content, told apart on the wire by <c>type</c>: <see cref="ChatTextContentPart"/>,
    /// <see cref="ChatImageUrlContentPart"/>, <see cref="ChatInputAudioContentPart"/>, <see cref="ChatVideoUrlContentPart"/>,
    /// <see cref="ChatFileContentPart"/>; a type this version does not know becomes <see cref="ChatUnknownContentPart"/>
    /// and is written back verbatim. Venice accepts non-text parts only in user messages.
    /// </summary>
    [JsonConverter(typeof(ChatContentPartJsonConverter))]
    public abstract class ChatContentPart
    {
        private protected ChatContentPart(string type)
        {
            Type = type;
        }

        /// <summary>The part's <c>type</c> discriminator.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public string Type { get; }

        /// <summary>Optional prompt-cache breakpoint.</summary>
        [JsonPropertyName("cache_control")]
        public ChatCacheControl? CacheControl { get; init; }

        /// <summary>A text part.</summary>
        /// <param name="text">The text (at least one character).</param>
        /// <returns>The part.</returns>
        public static ChatTextContentPart FromText(string text) => new() { Text = text };

        /// <summary>An image part.</summary>
        /// <param name="url">A public URL or a <c>data:</c> URI with base64 image data.</param>
        /// <returns>The part.</returns>
        public static ChatImageUrlContentPart FromImageUrl(string url) => new() { ImageUrl = new ChatImageUrl { Url = url } };

        /// <summary>An audio part.</summary>
        /// <param name="base64Data">Base64 audio (URLs are not accepted).</param>
        /// <param name="format">The audio format; Venice assumes WAV if omitted.</param>
        /// <returns>The part.</returns>
        public static ChatInputAudioContentPart FromInputAudio(string base64Data, ChatInputAudioFormat? format = null) =>
            new() { InputAudio = new ChatInputAudio { Data = base64Data, Format = format } };

        /// <summary>A video part.</summary>
        /// <param name="url">A public URL (YouTube for some providers) or a <c>data:</c> URI.</param>
        /// <returns>The part.</returns>
        public static ChatVideoUrlContentPart FromVideoUrl(string url) => new() { VideoUrl = new ChatVideoUrl { Url = url } };

        /// <summary>A document part (PDF, DOCX, text, source code, …), extracted to text by Venice.</summary>
        /// <param name="fileData">A <c>data:</c> URI or a public URL.</param>
        /// <param name="filename">Optional file name, for display.</param>
        /// <returns>The part.</returns>
        public static ChatFileContentPart FromFile(string fileData, string? filename = null) =>
            new() { File = new ChatFile { FileData = fileData, Filename = filename } };
    }

    /// <summary>A <c>text</c> part.</summary>
    public sealed class ChatTextContentPart : ChatContentPart
    {
        /// <summary>Creates an empty text part; set <see cref="Text"/>.</summary>
        public ChatTextContentPart()
            : base("text")
        {
        }

        /// <summary>The text (at least one character).</summary>
        [JsonPropertyName("text")]
        public required string Text { get; init; }
    }

    /// <summary>An <c>image_url</c> part (vision models).</summary>
    public sealed class ChatImageUrlContentPart : ChatContentPart
    {
        /// <summary>Creates an image part; set <see cref="ImageUrl"/>.</summary>
        public ChatImageUrlContentPart()
            : base("image_url")
        {
        }

        /// <summary>The image.</summary>
        [JsonPropertyName("image_url")]
        public required ChatImageUrl ImageUrl { get; init; }
    }

    /// <summary>The image of an <c>image_url</c> part.</summary>
    public sealed class ChatImageUrl
    {
        /// <summary>A public URL or a <c>data:</c> URI with base64 data; the image must be at least 64 pixels square.</summary>
        [JsonPropertyName("url")]
        public required string Url { get; init; }
    }

    /// <summary>An <c>input_audio</c> part (audio-capable models).</summary>
    public sealed class ChatInputAudioContentPart : ChatContentPart
    {
        /// <summary>Creates an audio part; set <see cref="InputAudio"/>.</summary>
        public ChatInputAudioContentPart()
            : base("input_audio")
        {
        }

        /// <summary>The audio.</summary>
        [JsonPropertyName("input_audio")]
        public required ChatInputAudio InputAudio { get; init; }
    }

    /// <summary>The audio of an <c>input_audio</c> part.</summary>
    public sealed class ChatInputAudio
    {
        /// <summary>Base64-encoded audio; URLs are not accepted.</summary>
        [JsonPropertyName("data")]
        public required string Data { get; init; }

        /// <summary>The encoding; Venice assumes <see cref="ChatInputAudioFormat.Wav"/> when omitted.</summary>
        [JsonPropertyName("format")]
        public ChatInputAudioFormat? Format { get; init; }
    }

    /// <summary>A <c>video_url</c> part (video-capable models; at most 3 videos per request).</summary>
    public sealed class ChatVideoUrlContentPart : ChatContentPart
    {
        /// <summary>Creates a video part; set <see cref="VideoUrl"/>.</summary>
        public ChatVideoUrlContentPart()
            : base("video_url")
        {
        }

        /// <summary>The video.</summary>
        [JsonPropertyName("video_url")]
        public required ChatVideoUrl VideoUrl { get; init; }
    }

    /// <summary>The video of a <c>video_url</c> part.</summary>
    public sealed class ChatVideoUrl
    {
        /// <summary>A public URL (no redirects; mp4, mpeg, mov, webm) or a <c>data:</c> URI.</summary>
        [JsonPropertyName("url")]
        public required string Url { get; init; }
    }

    /// <summary>A <c>file</c> part: a document Venice extracts to text before the model sees it.</summary>
    public sealed class ChatFileContentPart : ChatContentPart
    {
        /// <summary>Creates a file part; set <see cref="File"/>.</summary>
        public ChatFileContentPart()
            : base("file")
        {
        }

        /// <summary>The file.</summary>
        [JsonPropertyName("file")]
        public required ChatFile File { get; init; }
    }

    /// <summary>The document of a <c>file</c> part.</summary>
    public sealed class ChatFile
    {
        /// <summary>A <c>data:</c> URI (e.g. <c>data:application/pdf;base64,…</c>) or a public URL.</summary>
        [JsonPropertyName("file_data")]
        public required string FileData { get; init; }

        /// <summary>Optional file name, for display.</summary>
        [JsonPropertyName("filename")]
        public string? Filename { get; init; }
    }

    /// <summary>A content part whose <c>type</c> this version does not know; <see cref="Raw"/> is written back unchanged.</summary>
    public sealed class ChatUnknownContentPart : ChatContentPart
    {
        /// <summary>Wraps a part as received.</summary>
        /// <param name="raw">The part's JSON.</param>
        public ChatUnknownContentPart(JsonElement raw)
            : base(JsonUnion.StringProperty(raw, "type") ?? string.Empty)
        {
            Raw = raw.Clone();
        }

        /// <summary>The part's JSON as received.</summary>
        [JsonIgnore]
        public JsonElement Raw { get; }
    }

    /// <summary>Reads a <see cref="ChatContentPart"/> by its <c>type</c>; writes each kind through its own contract.</summary>
    public sealed class ChatContentPartJsonConverter : JsonConverter<ChatContentPart>
    {
        /// <inheritdoc/>
        public override ChatContentPart Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            ChatContentPart? part = JsonUnion.PeekString(reader, "type"u8) switch
            {
                "text" => JsonSerializer.Deserialize(ref reader, context.ChatTextContentPart),
                "image_url" => JsonSerializer.Deserialize(ref reader, context.ChatImageUrlContentPart),
                "input_audio" => JsonSerializer.Deserialize(ref reader, context.ChatInputAudioContentPart),
                "video_url" => JsonSerializer.Deserialize(ref reader, context.ChatVideoUrlContentPart),
                "file" => JsonSerializer.Deserialize(ref reader, context.ChatFileContentPart),
                _ => null,
            };
            return part ?? new ChatUnknownContentPart(JsonElement.ParseValue(ref reader));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ChatContentPart value, JsonSerializerOptions options)
        {
            ChatJsonContext context = ChatJsonContext.Default;
            switch (value)
            {
                case ChatTextContentPart text:
                    JsonSerializer.Serialize(writer, text, context.ChatTextContentPart);
                    break;
                case ChatImageUrlContentPart image:
                    JsonSerializer.Serialize(writer, image, context.ChatImageUrlContentPart);
                    break;
                case ChatInputAudioContentPart audio:
                    JsonSerializer.Serialize(writer, audio, context.ChatInputAudioContentPart);
                    break;
                case ChatVideoUrlContentPart video:
                    JsonSerializer.Serialize(writer, video, context.ChatVideoUrlContentPart);
                    break;
                case ChatFileContentPart file:
                    JsonSerializer.Serialize(writer, file, context.ChatFileContentPart);
                    break;
                case ChatUnknownContentPart unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new JsonException($"Cannot write content part type {value.GetType().Name}.");
            }
        }
    }
}
