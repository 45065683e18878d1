using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using VeniceAot.Chat;
using VeniceAot.Embeddings;

namespace VeniceAot.Benchmarks
{
    /// <summary>
    /// The requests every peer sends and the canned answers every peer parses. Payloads are written here (never copied
    /// from shared/venice); only the model listing is read from <c>shared/venice/static-models.json</c> at run time.
    /// </summary>
    public static class Fixtures
    {
        public const string ApiKey = "bench-0123456789abcdef0123456789abcdef";
        public const string UserAgent = "VeniceAot/0.1";
        public const string ChatModel = "venice-uncensored";
        public const string EmbeddingModelId = "text-embedding-bge-m3";
        public const string KeyId = "e28e82dc-9df3-4b4a-9cb8-8b4b1f8d4d2f";
        public const string SystemPrompt = "You are a concise assistant that answers questions about physics for curious readers.";
        public const string UserPrompt = "Why is the sky blue during the day but red and orange at sunset?";
        public const double Temperature = 0.7;
        public const int MaxCompletionTokens = 512;
        public const string EmbeddingInputText = "The quick brown fox jumped over the lazy dog";
        public const int EmbeddingDimensions = 1536;
        public const int StreamChunkCount = 200;

        /// <summary>Where the in-memory scenarios point every peer (no packet leaves the process).</summary>
        public static readonly Uri InMemoryBase = new("https://api.venice.ai/api/v1");

        /// <summary>The chat request as VeniceAot, Refit and the floor build it (the OpenAI SDK builds its own equivalent).</summary>
        public static ChatCompletionRequest ChatRequest { get; } = new()
        {
            Model = ChatModel,
            Messages = [ChatMessage.System(SystemPrompt), ChatMessage.User(UserPrompt)],
            Temperature = Temperature,
            MaxCompletionTokens = MaxCompletionTokens,
        };

        /// <summary>The streaming request: the OpenAI SDK always asks for usage on the last chunk, so every peer does.</summary>
        public static ChatCompletionRequest StreamRequest { get; } = ChatRequest with
        {
            Stream = true,
            StreamOptions = new ChatStreamOptions { IncludeUsage = true },
        };

        public static EmbeddingRequest EmbeddingRequest { get; } = new()
        {
            Input = EmbeddingInputText,
            Model = EmbeddingModelId,
            EncodingFormat = EmbeddingEncodingFormat.Float,
        };

        public const string ChatAnswer =
            "Sunlight holds every visible colour. Air molecules are far smaller than the wavelength of light, so they scatter " +
            "short wavelengths much more strongly than long ones (Rayleigh scattering goes with the inverse fourth power of " +
            "the wavelength). Blue light is therefore sent off in every direction and reaches your eyes from all over the sky, " +
            "which is why a clear daytime sky looks blue rather than violet: the sun emits less violet, some is absorbed high " +
            "up, and our eyes are less sensitive to it. At sunrise and sunset the light crosses a much longer path through the " +
            "atmosphere. Most of the blue is scattered out of the beam before it reaches you, so the direct light and the clouds " +
            "it falls on are dominated by the longer red, orange and yellow wavelengths. Dust, smoke and water droplets make the " +
            "effect stronger, which is why sunsets after a volcanic eruption or a wildfire can be especially vivid.";

        public const int ChatPromptTokens = 41;
        public const int ChatCompletionTokens = 171;

        /// <summary>A realistic non-streamed completion, Venice extras included (cost, venice_parameters, nulls).</summary>
        public static byte[] ChatResponse { get; } = Encoding.UTF8.GetBytes(
            "{\"id\":\"chatcmpl-5b2f9c0e7d4a4f13a1c8e6b2d9f07a31\",\"object\":\"chat.completion\",\"created\":1767225600," +
            "\"model\":\"" + ChatModel + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + ChatAnswer + "\"," +
            "\"reasoning_content\":null,\"tool_calls\":[]},\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null}]," +
            "\"usage\":{\"prompt_tokens\":" + ChatPromptTokens + ",\"completion_tokens\":" + ChatCompletionTokens + ",\"total_tokens\":" +
            (ChatPromptTokens + ChatCompletionTokens) + ",\"prompt_tokens_details\":null,\"completion_tokens_details\":null}," +
            "\"cost\":{\"diem\":0,\"usd\":0.00031},\"prompt_logprobs\":null," +
            "\"venice_parameters\":{\"enable_e2ee\":false,\"include_venice_system_prompt\":true,\"include_search_results_in_stream\":false," +
            "\"return_search_results_as_documents\":false,\"web_search_citations\":[],\"enable_web_search\":\"off\"," +
            "\"enable_web_scraping\":false,\"enable_web_citations\":false,\"strip_thinking_response\":false,\"disable_thinking\":false}}");

        /// <summary>The words the 199 content chunks carry, one per chunk (the answer's words, repeated as needed).</summary>
        public static string[] StreamPieces { get; } = BuildStreamPieces();

        /// <summary>The total content length of the streamed answer: what each streaming benchmark returns.</summary>
        public static int StreamContentLength { get; } = SumLengths(StreamPieces);

        /// <summary>
        /// A 200-chunk <c>text/event-stream</c> answer: a role chunk with the first word, 197 content chunks, a final content
        /// chunk with <c>finish_reason</c>, a usage-only chunk (200 in all), then <c>data: [DONE]</c>.
        /// </summary>
        public static byte[] StreamResponse { get; } = BuildStream();

        public static byte[] DeleteResponse { get; } = "{\"success\":true}"u8.ToArray();

        public static float[] EmbeddingVector { get; } = BuildVector();

        /// <summary>A 1536-float embedding answer as Venice sends it with <c>encoding_format: float</c>.</summary>
        public static byte[] EmbeddingResponse { get; } = BuildEmbeddingResponse();

        private static string[] BuildStreamPieces()
        {
            string[] words = ChatAnswer.Split(' ');
            var pieces = new string[StreamChunkCount - 1];
            for (int i = 0; i < pieces.Length; i++)
            {
                pieces[i] = (i == 0 ? string.Empty : " ") + words[i % words.Length];
            }

            return pieces;
        }

        private static int SumLengths(string[] pieces)
        {
            int total = 0;
            foreach (string piece in pieces)
            {
                total += piece.Length;
            }

            return total;
        }

        private static byte[] BuildStream()
        {
            var sb = new StringBuilder(64 * 1024);
            const string head = "{\"id\":\"chatcmpl-5b2f9c0e7d4a4f13a1c8e6b2d9f07a31\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,\"model\":\"" + ChatModel + "\",";
            for (int i = 0; i < StreamPieces.Length; i++)
            {
                string content = System.Text.Json.JsonEncodedText.Encode(StreamPieces[i]).ToString();
                string delta = i == 0 ? "{\"role\":\"assistant\",\"content\":\"" + content + "\"}" : "{\"content\":\"" + content + "\"}";
                string finish = i == StreamPieces.Length - 1 ? "\"stop\"" : "null";
                sb.Append("data: ").Append(head)
                  .Append("\"choices\":[{\"index\":0,\"delta\":").Append(delta).Append(",\"logprobs\":null,\"finish_reason\":").Append(finish).Append("}]}\n\n");
            }

            sb.Append("data: ").Append(head).Append("\"choices\":[],\"usage\":{\"prompt_tokens\":").Append(ChatPromptTokens)
              .Append(",\"completion_tokens\":").Append(StreamChunkCount - 1).Append(",\"total_tokens\":").Append(ChatPromptTokens + StreamChunkCount - 1).Append("}}\n\n");
            sb.Append("data: [DONE]\n\n");
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        private static float[] BuildVector()
        {
            // Deterministic values with the spread of a real unit-norm embedding (|x| well below 0.1).
            var random = new Random(1536);
            var vector = new float[EmbeddingDimensions];
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)((random.NextDouble() - 0.5) * 0.1);
            }

            return vector;
        }

        private static byte[] BuildEmbeddingResponse()
        {
            var sb = new StringBuilder(24 * 1024);
            sb.Append("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[");
            for (int i = 0; i < EmbeddingVector.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append(EmbeddingVector[i].ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append("]}],\"model\":\"").Append(EmbeddingModelId).Append("\",\"usage\":{\"prompt_tokens\":9,\"total_tokens\":9}}");
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        /// <summary>
        /// The <c>GET /models</c> answer: <c>shared/venice/static-models.json</c> (Venice's real listing, 328 models)
        /// wrapped as a list response, read at run time. When the file is absent a synthetic listing of about the same
        /// size is used instead and <paramref name="source"/> says so.
        /// </summary>
        public static byte[] LoadModelsResponse(out string source)
        {
            string? path = FindShared("static-models.json");
            if (path is not null)
            {
                source = path;
                return Encoding.UTF8.GetBytes("{\"data\":" + File.ReadAllText(path) + ",\"object\":\"list\",\"type\":\"all\"}");
            }

            source = "synthetic listing (shared/venice/static-models.json not found beside any ancestor of " + AppContext.BaseDirectory + ")";
            return SyntheticModels();
        }

        private static Lazy<byte[]> ModelsLazy { get; } = new(() => LoadModelsResponse(out _));

        /// <summary>The models answer, loaded once per process.</summary>
        public static byte[] ModelsResponse => ModelsLazy.Value;

        internal static string? FindShared(string relativePath)
        {
            foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "shared", "venice", relativePath);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        private static byte[] SyntheticModels()
        {
            var sb = new StringBuilder(140 * 1024);
            sb.Append("{\"data\":[");
            for (int i = 0; i < 328; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append("{\"id\":\"synthetic-model-").Append(i).Append("\",\"type\":\"text\",\"object\":\"model\",\"created\":1767225600,\"owned_by\":\"venice.ai\",")
                  .Append("\"model_spec\":{\"name\":\"Synthetic Model ").Append(i).Append("\",\"privacy\":\"private\",\"availableContextTokens\":131072,")
                  .Append("\"pricing\":{\"input\":{\"usd\":0.5,\"diem\":0.5},\"output\":{\"usd\":2,\"diem\":2}},\"traits\":[\"fastest\"],")
                  .Append("\"capabilities\":{\"supportsFunctionCalling\":true,\"supportsReasoning\":false,\"supportsVision\":false,\"supportsWebSearch\":true,\"supportsResponseSchema\":true,\"supportsLogProbs\":true},")
                  .Append("\"constraints\":{\"temperature\":{\"default\":0.7},\"top_p\":{\"default\":0.9}},\"modelSource\":\"https://example.invalid/models/").Append(i).Append("\",\"offline\":false}}");
            }

            sb.Append("],\"object\":\"list\",\"type\":\"all\"}");
            return Encoding.UTF8.GetBytes(sb.ToString());
        }
    }
}
