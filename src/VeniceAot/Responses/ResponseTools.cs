using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Responses
{
    /// <summary>
    /// A tool the model may use: <see cref="ResponseFunctionTool"/>, <see cref="ResponseWebSearchTool"/>,
    /// <see cref="ResponseXSearchTool"/>, <see cref="ResponseCodeInterpreterTool"/>, <see cref="ResponseFileSearchTool"/>,
    /// <see cref="ResponseComputerUseTool"/>, or <see cref="ResponseGenericTool"/> for any other <c>type</c>.
    /// </summary>
    [JsonConverter(typeof(ResponseToolJsonConverter))]
    public abstract class ResponseTool
    {
        private protected ResponseTool()
        {
        }

        /// <summary>The wire <c>type</c>.</summary>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public abstract string Type { get; }
    }

    /// <summary>The function a <see cref="ResponseFunctionTool"/> declares.</summary>
    public sealed class ResponseFunctionDefinition
    {
        /// <summary>The function's name.</summary>
        [JsonPropertyName("name")]
        public required string Name { get; init; }

        /// <summary>What the function does, for the model.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; init; }

        /// <summary>The parameters as a JSON Schema object.</summary>
        [JsonPropertyName("parameters")]
        public IReadOnlyDictionary<string, JsonElement>? Parameters { get; init; }

        /// <summary>Whether the model must follow the schema exactly.</summary>
        [JsonPropertyName("strict")]
        public bool? Strict { get; init; }
    }

    /// <summary><c>{"type":"function","function":{name, description, parameters, strict}}</c>: a function you run yourself.</summary>
    public sealed class ResponseFunctionTool : ResponseTool
    {
        /// <summary>Creates an empty tool; set <see cref="Function"/>.</summary>
        public ResponseFunctionTool()
        {
        }

        /// <summary>Creates a tool for <paramref name="function"/>.</summary>
        /// <param name="function">The function.</param>
        [SetsRequiredMembers]
        public ResponseFunctionTool(ResponseFunctionDefinition function) => Function = function;

        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "function";

        /// <summary>The function.</summary>
        [JsonPropertyName("function")]
        public required ResponseFunctionDefinition Function { get; init; }
    }

    /// <summary>The approximate location a web search is run for.</summary>
    public sealed class ResponseUserLocation
    {
        /// <summary>Always <c>approximate</c> when set.</summary>
        [JsonPropertyName("type")]
        public string? Type { get; init; }

        /// <summary>City.</summary>
        [JsonPropertyName("city")]
        public string? City { get; init; }

        /// <summary>Region.</summary>
        [JsonPropertyName("region")]
        public string? Region { get; init; }

        /// <summary>Country.</summary>
        [JsonPropertyName("country")]
        public string? Country { get; init; }

        /// <summary>IANA time zone.</summary>
        [JsonPropertyName("timezone")]
        public string? Timezone { get; init; }
    }

    /// <summary><c>{"type":"web_search",…}</c>: Venice's built-in web search.</summary>
    public sealed class ResponseWebSearchTool : ResponseTool
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "web_search";

        /// <summary>How much search context to use.</summary>
        [JsonPropertyName("search_context_size")]
        public ResponseSearchContextSize? SearchContextSize { get; init; }

        /// <summary>Where to search from.</summary>
        [JsonPropertyName("user_location")]
        public ResponseUserLocation? UserLocation { get; init; }
    }

    /// <summary><c>{"type":"x_search",…}</c>: search posts on X.</summary>
    public sealed class ResponseXSearchTool : ResponseTool
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "x_search";

        /// <summary>Only these handles (at most 10).</summary>
        [JsonPropertyName("allowed_x_handles")]
        public IReadOnlyList<string>? AllowedXHandles { get; init; }

        /// <summary>Never these handles (at most 10).</summary>
        [JsonPropertyName("excluded_x_handles")]
        public IReadOnlyList<string>? ExcludedXHandles { get; init; }

        /// <summary>Earliest post date.</summary>
        [JsonPropertyName("from_date")]
        public string? FromDate { get; init; }

        /// <summary>Latest post date.</summary>
        [JsonPropertyName("to_date")]
        public string? ToDate { get; init; }

        /// <summary>Let the model look at images in posts.</summary>
        [JsonPropertyName("enable_image_understanding")]
        public bool? EnableImageUnderstanding { get; init; }

        /// <summary>Let the model look at videos in posts.</summary>
        [JsonPropertyName("enable_video_understanding")]
        public bool? EnableVideoUnderstanding { get; init; }
    }

    /// <summary>The container a code interpreter runs in.</summary>
    public sealed class ResponseCodeInterpreterContainer
    {
        /// <summary>The container image.</summary>
        [JsonPropertyName("image")]
        public string? Image { get; init; }
    }

    /// <summary><c>{"type":"code_interpreter",…}</c>: server-side code execution.</summary>
    public sealed class ResponseCodeInterpreterTool : ResponseTool
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "code_interpreter";

        /// <summary>The container.</summary>
        [JsonPropertyName("container")]
        public ResponseCodeInterpreterContainer? Container { get; init; }
    }

    /// <summary>How file search ranks results.</summary>
    public sealed class ResponseFileSearchRankingOptions
    {
        /// <summary>The ranker.</summary>
        [JsonPropertyName("ranker")]
        public string? Ranker { get; init; }

        /// <summary>The minimum score.</summary>
        [JsonPropertyName("score_threshold")]
        public double? ScoreThreshold { get; init; }
    }

    /// <summary><c>{"type":"file_search",…}</c>: search vector stores.</summary>
    public sealed class ResponseFileSearchTool : ResponseTool
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "file_search";

        /// <summary>The vector stores to search.</summary>
        [JsonPropertyName("vector_store_ids")]
        public IReadOnlyList<string>? VectorStoreIds { get; init; }

        /// <summary>The most results to return.</summary>
        [JsonPropertyName("max_num_results")]
        public int? MaxNumResults { get; init; }

        /// <summary>Ranking options.</summary>
        [JsonPropertyName("ranking_options")]
        public ResponseFileSearchRankingOptions? RankingOptions { get; init; }
    }

    /// <summary><c>{"type":"computer_use_preview",…}</c>: computer use.</summary>
    public sealed class ResponseComputerUseTool : ResponseTool
    {
        /// <inheritdoc/>
        [JsonPropertyName("type")]
        [JsonPropertyOrder(-1)]
        public override string Type => "computer_use_preview";

        /// <summary>Display width in pixels.</summary>
        [JsonPropertyName("display_width")]
        public int? DisplayWidth { get; init; }

        /// <summary>Display height in pixels.</summary>
        [JsonPropertyName("display_height")]
        public int? DisplayHeight { get; init; }

        /// <summary>The environment (e.g. <c>browser</c>).</summary>
        [JsonPropertyName("environment")]
        public string? Environment { get; init; }
    }

    /// <summary>
    /// Any other tool: the spec's "Generic Tool" (<c>{"type": …}</c> plus any properties). Also what a tool of an
    /// unknown <c>type</c> is read into; it is written back verbatim.
    /// </summary>
    public sealed class ResponseGenericTool : ResponseTool
    {
        /// <summary>A tool that is just <c>{"type": type}</c>.</summary>
        /// <param name="type">The tool type.</param>
        public ResponseGenericTool(string type)
        {
            ArgumentNullException.ThrowIfNull(type);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type"u8, type);
                writer.WriteEndObject();
            }

            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            Raw = JsonElement.ParseValue(ref reader);
        }

        /// <summary>A tool given as its whole JSON object (which must have a string <c>type</c>).</summary>
        /// <param name="raw">The tool's JSON.</param>
        public ResponseGenericTool(JsonElement raw)
        {
            if (raw.ValueKind != JsonValueKind.Object || !raw.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                throw new ArgumentException("A generic tool must be a JSON object with a string \"type\".", nameof(raw));
            }

            Raw = raw;
        }

        /// <inheritdoc/>
        public override string Type => Raw.GetProperty("type").GetString() ?? string.Empty;

        /// <summary>The tool's JSON, written unchanged.</summary>
        public JsonElement Raw { get; }
    }

    /// <summary>Reads and writes <see cref="ResponseTool"/> by its <c>type</c>.</summary>
    internal sealed class ResponseToolJsonConverter : JsonConverter<ResponseTool>
    {
        public override ResponseTool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            ResponsesJsonContext context = ResponsesJsonContext.Default;
            string? type = JsonUnion.PeekString(reader, "type"u8, out _);
            return type switch
            {
                "function" => JsonSerializer.Deserialize(ref reader, context.ResponseFunctionTool),
                "web_search" => JsonSerializer.Deserialize(ref reader, context.ResponseWebSearchTool),
                "x_search" => JsonSerializer.Deserialize(ref reader, context.ResponseXSearchTool),
                "code_interpreter" => JsonSerializer.Deserialize(ref reader, context.ResponseCodeInterpreterTool),
                "file_search" => JsonSerializer.Deserialize(ref reader, context.ResponseFileSearchTool),
                "computer_use_preview" => JsonSerializer.Deserialize(ref reader, context.ResponseComputerUseTool),
                null => throw new JsonException("A tool must be an object with a string \"type\"."),
                _ => new ResponseGenericTool(JsonUnion.ReadRaw(ref reader)),
            };
        }

        public override void Write(Utf8JsonWriter writer, ResponseTool value, JsonSerializerOptions options)
        {
            ResponsesJsonContext context = ResponsesJsonContext.Default;
            switch (value)
            {
                case ResponseFunctionTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseFunctionTool);
                    break;
                case ResponseWebSearchTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseWebSearchTool);
                    break;
                case ResponseXSearchTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseXSearchTool);
                    break;
                case ResponseCodeInterpreterTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseCodeInterpreterTool);
                    break;
                case ResponseFileSearchTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseFileSearchTool);
                    break;
                case ResponseComputerUseTool tool:
                    JsonSerializer.Serialize(writer, tool, context.ResponseComputerUseTool);
                    break;
                case ResponseGenericTool tool:
                    JsonUnion.WriteRaw(writer, tool.Raw);
                    break;
                default:
                    throw new JsonException($"Unsupported tool type {value.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// <c>tool_choice</c>: <see cref="Auto"/>, <see cref="None"/>, <see cref="Required"/>, or
    /// <see cref="Function(string)"/> (<c>{"type":"function","function":{"name":…}}</c>, as Venice's spec defines it).
    /// </summary>
    [JsonConverter(typeof(ResponseToolChoiceJsonConverter))]
    public sealed class ResponseToolChoice
    {
        private ResponseToolChoice(string? mode, string? functionName, JsonElement raw)
        {
            Mode = mode;
            FunctionName = functionName;
            Raw = raw;
        }

        /// <summary><c>"auto"</c>: the model decides.</summary>
        public static ResponseToolChoice Auto { get; } = new("auto", null, default);

        /// <summary><c>"none"</c>: no tools.</summary>
        public static ResponseToolChoice None { get; } = new("none", null, default);

        /// <summary><c>"required"</c>: some tool must be called.</summary>
        public static ResponseToolChoice Required { get; } = new("required", null, default);

        /// <summary>The string form (<c>auto</c>, <c>none</c>, <c>required</c>, or another string), or null for an object.</summary>
        public string? Mode { get; }

        /// <summary>The forced function's name, for the object form.</summary>
        public string? FunctionName { get; }

        /// <summary>An object of a shape this version does not know, kept verbatim (otherwise undefined).</summary>
        public JsonElement Raw { get; }

        /// <summary>Forces a call to the function <paramref name="name"/>.</summary>
        /// <param name="name">The function's name.</param>
        /// <returns>The choice.</returns>
        public static ResponseToolChoice Function(string name) => new(null, name ?? throw new ArgumentNullException(nameof(name)), default);

        /// <summary>A string choice Venice may add later.</summary>
        /// <param name="mode">The wire string.</param>
        /// <returns>The choice.</returns>
        public static ResponseToolChoice FromMode(string mode) => new(mode ?? throw new ArgumentNullException(nameof(mode)), null, default);

        internal static ResponseToolChoice FromRaw(JsonElement raw) => new(null, null, raw);

        /// <inheritdoc/>
        public override string ToString() => Mode ?? (FunctionName is not null ? "function:" + FunctionName : Raw.GetRawText());
    }

    /// <summary>Reads and writes <see cref="ResponseToolChoice"/> in its string or object form.</summary>
    internal sealed class ResponseToolChoiceJsonConverter : JsonConverter<ResponseToolChoice>
    {
        public override ResponseToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return reader.GetString() switch
                    {
                        "auto" => ResponseToolChoice.Auto,
                        "none" => ResponseToolChoice.None,
                        "required" => ResponseToolChoice.Required,
                        string other => ResponseToolChoice.FromMode(other),
                        null => null,
                    };
                case JsonTokenType.StartObject:
                    JsonElement raw = JsonUnion.ReadRaw(ref reader);
                    if (raw.TryGetProperty("type", out JsonElement type) && type.ValueEquals("function")
                        && raw.TryGetProperty("function", out JsonElement function) && function.ValueKind == JsonValueKind.Object
                        && function.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
                        && CountProperties(raw) == 2 && CountProperties(function) == 1)
                    {
                        return ResponseToolChoice.Function(name.GetString()!);
                    }

                    return ResponseToolChoice.FromRaw(raw);
                default:
                    throw new JsonException($"Expected a string or an object for tool_choice, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, ResponseToolChoice value, JsonSerializerOptions options)
        {
            if (value.Mode is not null)
            {
                writer.WriteStringValue(value.Mode);
            }
            else if (value.FunctionName is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("type"u8, "function");
                writer.WriteStartObject("function"u8);
                writer.WriteString("name"u8, value.FunctionName);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                JsonUnion.WriteRaw(writer, value.Raw);
            }
        }

        private static int CountProperties(JsonElement element)
        {
            int count = 0;
            foreach (JsonProperty _ in element.EnumerateObject())
            {
                count++;
            }

            return count;
        }
    }
}
