using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Json;
using VeniceAot.Models;
using VeniceAot.Responses;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// Every custom converter (open enums, and the unions of Chat, Embeddings and Responses) fed random bytes and
    /// mutated valid payloads through the source-generated contracts that use them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Allowed outcome on read: a value, or <see cref="JsonException"/>. That is the serializer's contract for bad
    /// input (it also turns the reader's <see cref="InvalidOperationException"/> and <see cref="FormatException"/>
    /// into <see cref="JsonException"/>, and depth overflow past 64 into <see cref="JsonException"/>), and what
    /// <c>ApiConnection</c> maps to <see cref="VeniceApiException"/> for a response body. Anything else
    /// (<see cref="ArgumentException"/>, <see cref="InvalidOperationException"/>, <see cref="NullReferenceException"/>,
    /// <see cref="NotSupportedException"/> — a missing contract, <see cref="IndexOutOfRangeException"/>, …) is a bug.
    /// </para>
    /// <para>
    /// A value that was read must round-trip: writing it never throws, the written JSON reads back, and writing that
    /// again gives the same bytes (unions keep unknown cases verbatim, so nothing is lost after the first write).
    /// Types with typed accessors over raw JSON (stream events, content) have them exercised too; those may throw
    /// only <see cref="JsonException"/>.
    /// </para>
    /// </remarks>
    public sealed class ConverterFuzzTests(ITestOutputHelper output)
    {
        /// <summary>Built on first use: static field initializers run in order, and the corpora are declared below.</summary>
        public static IReadOnlyList<Target> Targets => field ??=
        [
            Target.For("chat-request", ChatJsonContext.Default.ChatCompletionRequest, ChatRequests),
            Target.For("chat-message", ChatJsonContext.Default.ChatMessage, ChatMessages, m => _ = m is ChatUserMessage u ? u.Content?.GetText() : null),
            Target.For("chat-content-part", ChatJsonContext.Default.ChatContentPart, ChatContentParts),
            Target.For("chat-tool", ChatJsonContext.Default.ChatTool, ChatTools),
            Target.For("chat-response-format", ChatJsonContext.Default.ChatResponseFormat, ChatResponseFormats),
            Target.For("chat-completion", ChatJsonContext.Default.ChatCompletion, ChatCompletions),
            Target.For("chat-chunk", ChatJsonContext.Default.ChatCompletionChunk, ChatChunks),
            Target.For("embedding-request", EmbeddingsJsonContext.Default.EmbeddingRequest, EmbeddingRequests, r => _ = r.Input?.ToString()),
            Target.For("embedding-response", EmbeddingsJsonContext.Default.EmbeddingResponse, EmbeddingResponses),
            Target.For("responses-request", ResponsesJsonContext.Default.ResponsesRequest, ResponsesRequests, ProbeResponsesRequest),
            Target.For("responses-input-items", ResponsesJsonContext.Default.IReadOnlyListResponseInputItem, ResponsesInputItems),
            Target.For("responses-content-parts", ResponsesJsonContext.Default.IReadOnlyListResponseContentPart, ResponsesContentParts, ProbeParts),
            Target.For("responses-response", ResponsesJsonContext.Default.ResponsesResponse, ResponsesResponses, ProbeResponse),
            Target.For("responses-output-item", ResponsesJsonContext.Default.ResponseOutputItem, ResponsesOutputItems, i => _ = i.Type.ToString()),
            Target.For("responses-stream-event", ResponsesJsonContext.Default.ResponseStreamEvent, ResponsesStreamEvents, ProbeStreamEvent),
            Target.For("api-key-list", ApiKeysJsonContext.Default.ApiKeyList, ApiKeyLists),
            Target.For("rate-limits", ApiKeysJsonContext.Default.RateLimitsResponse, RateLimits),
            Target.For("model-list", ModelsJsonContext.Default.ModelList, ModelLists),
        ];

        public static TheoryData<string> TargetNames => new(Targets.Select(t => t.Name));

        [Theory]
        [MemberData(nameof(TargetNames))]
        public async Task Converter_survives_random_and_mutated_input(string name)
        {
            Target target = Targets.Single(t => t.Name == name);
            byte[][] seeds = target.Seeds.Select(Encoding.UTF8.GetBytes).ToArray();

            // The seeds themselves must read and round-trip, or the corpus is wrong.
            foreach (byte[] seed in seeds)
            {
                target.Check(seed);
            }

            await new FuzzRunner(name, output) { AllocationPerByte = 96 }.RunAsync(
                random => new Mutator(random, seeds).Next(),
                target.Check,
                ex => ex is JsonException);
        }

        /// <summary>One fuzz target: a contract, its valid corpus and the check run on each input.</summary>
        public sealed class Target
        {
            private Target(string name, IReadOnlyList<string> seeds, Action<byte[]> check)
            {
                Name = name;
                Seeds = seeds;
                Check = check;
            }

            public string Name { get; }

            public IReadOnlyList<string> Seeds { get; }

            public Action<byte[]> Check { get; }

            public static Target For<T>(string name, JsonTypeInfo<T> info, IReadOnlyList<string> seeds, Action<T>? probe = null) =>
                new(name, seeds, input => ReadAndRoundTrip(input, info, probe));

            public override string ToString() => Name;

            /// <summary>
            /// Reads (JsonException allowed). A value read must write (JsonException allowed: the serializer refuses to
            /// write some strings its reader accepts, such as an escaped lone surrogate kept in extension data), what it
            /// wrote must read back, and from then on read/write must be a fixed point. The first write may normalize
            /// (an explicit <c>null</c> for a list whose default is empty is written as absent and reads back empty).
            /// </summary>
            internal static void ReadAndRoundTrip<T>(byte[] input, JsonTypeInfo<T> info, Action<T>? probe)
            {
                T? value = JsonSerializer.Deserialize(input, info);
                if (value is null)
                {
                    return;
                }

                probe?.Invoke(value);
                byte[] first = JsonSerializer.SerializeToUtf8Bytes(value, info);
                T? again;
                try
                {
                    again = JsonSerializer.Deserialize(first, info);
                }
                catch (JsonException ex) when (ex.Message.Contains("missing required properties", StringComparison.Ordinal))
                {
                    // Known, not a converter bug: `required` checks presence only, so an explicit null for a required
                    // request property is read, then omitted on write (nulls are never sent), and the result lacks it.
                    return;
                }
                catch (Exception ex)
                {
                    throw new FuzzPropertyException("could not read back what it wrote: " + Encoding.UTF8.GetString(first), ex);
                }

                byte[] second = Stage("write the value read back", () => JsonSerializer.SerializeToUtf8Bytes(again!, info));
                T? third = Stage("read back the second write: " + Encoding.UTF8.GetString(second), () => JsonSerializer.Deserialize(second, info));
                byte[] fourth = Stage("write the value read back twice", () => JsonSerializer.SerializeToUtf8Bytes(third!, info));
                if (!second.AsSpan().SequenceEqual(fourth))
                {
                    throw new FuzzPropertyException($"not stable after a round trip:{Environment.NewLine}  first  {Encoding.UTF8.GetString(first)}{Environment.NewLine}  second {Encoding.UTF8.GetString(second)}{Environment.NewLine}  third  {Encoding.UTF8.GetString(fourth)}");
                }
            }

            private static TResult Stage<TResult>(string what, Func<TResult> action)
            {
                try
                {
                    return action();
                }
                catch (Exception ex)
                {
                    throw new FuzzPropertyException($"could not {what}", ex);
                }
            }
        }

        private static void ProbeResponsesRequest(ResponsesRequest request)
        {
            _ = request.ToolChoice?.Mode ?? request.ToolChoice?.FunctionName;
            foreach (ResponseTool tool in request.Tools ?? [])
            {
                _ = tool.Type;
            }

            foreach (ResponseInputItem item in request.Input?.Items ?? [])
            {
                _ = item.ToString();
            }
        }

        private static void ProbeParts(IReadOnlyList<ResponseContentPart> parts)
        {
            foreach (ResponseContentPart part in parts)
            {
                _ = part?.Type;
            }
        }

        private static void ProbeResponse(ResponsesResponse response)
        {
            foreach (ResponseOutputItem item in response.Output ?? [])
            {
                _ = item?.Type.ToString();
            }
        }

        private static void ProbeStreamEvent(ResponseStreamEvent e)
        {
            _ = e.ToString();
            _ = e.IsTerminal;
            _ = e.Delta;
            _ = e.Text;
            _ = e.ItemId;
            _ = e.OutputIndex;
            _ = e.ContentIndex;
            _ = e.Item?.Type.ToString();
            if (e.Response is { } response)
            {
                ProbeResponse(response);
            }
        }

        private static readonly string[] ChatMessages =
        [
            """{"role":"system","content":"Be brief.","name":"sys"}""",
            """{"role":"user","content":"Hi there"}""",
            """{"role":"user","content":[{"type":"text","text":"What is this?","cache_control":{"type":"ephemeral","ttl":"1h"}},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}},{"type":"video_url","video_url":{"url":"https://example.com/v.mp4"}},{"type":"file","file":{"file_data":"data:application/pdf;base64,JVBE","filename":"a.pdf"}},{"type":"hologram","beam":1}]}""",
            """{"role":"assistant","content":null,"reasoning_content":"thinking","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"},"extra":1}],"reasoning_details":[{"type":"reasoning.text","text":"t","index":0}],"thought_signature":"sig"}""",
            """{"role":"tool","tool_call_id":"call_1","content":"sunny","name":"get_weather"}""",
            """{"role":"developer","content":[{"type":"text","text":"d"}]}""",
            """{"role":"narrator","content":"unknown role","mood":["calm"]}""",
        ];

        private static readonly string[] ChatContentParts =
        [
            """{"type":"text","text":"hello","cache_control":{"type":"ephemeral"}}""",
            """{"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}""",
            """{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"mp3"}}""",
            """{"type":"video_url","video_url":{"url":"https://youtu.be/x"}}""",
            """{"type":"file","file":{"file_data":"data:text/plain;base64,aGk=","filename":"hi.txt"}}""",
            """{"type":"sticker","id":7,"nested":{"a":[1,{"b":null}]}}""",
        ];

        private static readonly string[] ChatTools =
        [
            """{"type":"function","function":{"name":"get_weather","description":"Weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true},"id":"t1"}""",
            """{"function":{"name":"no_type"}}""",
            """{"type":"web_search"}""",
            """{"type":"x_search"}""",
            """{"type":"future_tool","x":[1,2]}""",
        ];

        private static readonly string[] ChatResponseFormats =
        [
            """{"type":"json_schema","json_schema":{"name":"s","schema":{"type":"object","properties":{"a":{"type":"integer"}}},"strict":true}}""",
            """{"type":"json_object"}""",
            """{"type":"text"}""",
            """{"type":"grammar","grammar":"root ::= 'a'"}""",
        ];

        private static readonly string[] ChatRequests =
        [
            """{"model":"venice-uncensored","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],"temperature":0.7,"stop":"END","max_tokens":64}""",
            """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"What?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},{"type":"blob"}]}],"stop":["a","b"],"stream":true,"stream_options":{"include_usage":true}}""",
            """{"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"call_1","content":"42"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}},{"function":{"name":"g"}},{"type":"web_search"},{"type":"later","q":1}],"tool_choice":{"type":"function","function":{"name":"f"}},"parallel_tool_calls":false}""",
            """{"model":"m","messages":[{"role":"user","content":"json"}],"response_format":{"type":"json_schema","json_schema":{"name":"s","schema":{"type":"object"}}},"tool_choice":"auto","reasoning":{"effort":"high","summary":"auto"},"reasoning_effort":"low","verbosity":"medium","prompt_cache_retention":"24h","prompt_cache_key":"k","metadata":{"k":"v"},"venice_parameters":{"enable_web_search":"auto","include_venice_system_prompt":false,"character_slug":"c"},"fallbacks":[{"model":"b"}],"stop_token_ids":[1,2],"seed":42,"text":{"verbosity":"low"},"include":["x"],"n":1,"top_p":0.9,"top_k":40,"min_p":0.05,"logprobs":true,"top_logprobs":2}""",
            """{"model":"m","messages":[{"role":"developer","content":"x"},{"role":"owl","hoot":true}],"response_format":{"type":"regex","pattern":"a+"},"tool_choice":{"type":"any","mode":"strict"}}""",
        ];

        private static readonly string[] ChatCompletions =
        [
            """{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello","tool_calls":[]},"finish_reason":"stop","stop_reason":null,"logprobs":{"content":[{"token":"He","logprob":-0.1,"bytes":[72,101],"top_logprobs":[{"token":"He","logprob":-0.1}]}]}}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":1}},"cost":{"usd":"0.0001","diem":0.5},"prompt_logprobs":null,"venice_parameters":{"enable_web_search":"off","web_search_citations":[{"title":"t","url":"https://x"}]}}""",
            """{"id":"c2","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"cut","reasoning_content":"r"},"finish_reason":"length","stop_reason":128009},{"index":1,"message":{"role":"assistant","content":[{"type":"text","text":"parts"}]},"finish_reason":"tool_calls","stop_reason":"</s>"}],"brand_new":{"x":1}}""",
        ];

        private static readonly string[] ChatChunks =
        [
            """{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"He"},"finish_reason":null}]}""",
            """{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{\""}}],"reasoning_content":"hm"},"finish_reason":"tool_calls","stop_reason":7}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""",
        ];

        private static readonly string[] EmbeddingRequests =
        [
            """{"input":"hello","model":"text-embedding-bge-m3","encoding_format":"float","dimensions":256,"user":"u"}""",
            """{"input":["a","b"],"model":"x"}""",
            """{"input":[1,2,3],"model":"x","encoding_format":"base64"}""",
            """{"input":[[1,2],[3]],"model":"x"}""",
        ];

        private static readonly string[] EmbeddingResponses =
        [
            """{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,-0.2,3e-5,0]}],"model":"m","usage":{"prompt_tokens":2,"total_tokens":2}}""",
            """{"object":"list","data":[{"object":"embedding","index":0,"embedding":"AACAPwAAAMA="},{"object":"embedding","index":1,"embedding":"\u0041ACAP\/AAAMA="},{"index":2,"embedding":null}],"model":"m"}""",
        ];

        private static readonly string[] ResponsesInputItems =
        [
            """[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"},{"type":"input_image","image_url":{"url":"https://x/y.png","detail":"high"}}],"id":"m1","status":"completed"},{"role":"assistant","content":"prev"}]""",
            """[{"type":"reasoning","id":"rs_1","summary":["s"],"content":[{"type":"reasoning_text","text":"t"}],"encrypted_content":"e","status":"completed"},{"type":"function_call","id":"fc","call_id":"c1","name":"f","arguments":"{}","status":"completed"},{"type":"function_call_output","call_id":"c1","output":"42"},{"type":"function_call_output","call_id":"c2","output":{"v":[1]}}]""",
            """[{"type":"item_reference","id":"msg_1"},{"type":"future","z":1},{"no_type":true},null]""",
        ];

        private static readonly string[] ResponsesContentParts =
        [
            """[{"type":"input_text","text":"hi"},{"type":"input_image","image_url":{"url":"u","detail":"low"}},{"type":"output_text","text":"o","annotations":[{"type":"url_citation"}]}]""",
            """[{"type":"text","text":"t"},{"type":"image_url","image_url":"https://x/z.png"},{"type":"image_url","image_url":{"url":"u","detail":"auto"}},{"type":"mystery","n":[]},null]""",
        ];

        private static readonly string[] ResponsesRequests =
        [
            """{"model":"m","input":"Hello","stream":true,"web_search":false}""",
            """{"model":"m","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"},{"type":"image_url","image_url":"https://x/z.png"}]},{"role":"assistant","content":"prev"},{"type":"function_call_output","call_id":"c1","output":"42"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"},"strict":false}},{"type":"web_search","search_context_size":"medium","user_location":{"type":"approximate","city":"Rome"}},{"type":"x_search","allowed_x_handles":["a"],"from_date":"2025-01-01"},{"type":"code_interpreter","container":{"image":"py"}},{"type":"file_search","vector_store_ids":["v"],"max_num_results":3,"ranking_options":{"ranker":"auto","score_threshold":0.5}},{"type":"computer_use_preview","display_width":1024,"display_height":768,"environment":"browser"},{"type":"mcp","server":"s"}],"tool_choice":{"type":"function","function":{"name":"f"}},"reasoning":{"effort":"medium","summary":"detailed"},"max_output_tokens":100,"temperature":0.5,"top_p":1,"include":["reasoning.encrypted_content"],"fallbacks":[{"model":"b"}],"venice_parameters":{"enable_web_search":"on","character_slug":"c","enable_e2ee":false}}""",
            """{"model":"m","input":[],"tool_choice":"required","tools":[]}""",
            """{"model":"m","input":"x","tool_choice":{"type":"web_search"}}""",
        ];

        private static readonly string[] ResponsesOutputItems =
        [
            """{"type":"reasoning","id":"rs","summary":["a"],"encrypted_content":"e"}""",
            """{"type":"message","id":"msg","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hi","annotations":[{"type":"url_citation","url":"https://x","title":"t","start_index":0,"end_index":2}]}]}""",
            """{"type":"function_call","id":"fc","call_id":"c","name":"f","arguments":"{}","status":"in_progress"}""",
            """{"type":"web_search_call","id":"ws","status":"searching"}""",
            """{"type":"image_generation_call","id":"ig","result":"AAAA"}""",
        ];

        private static readonly string[] ResponsesResponses =
        [
            """{"id":"resp_1","object":"response","created_at":1,"model":"m","status":"completed","output":[{"type":"reasoning","id":"rs","summary":["a"]},{"type":"message","id":"msg","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hi","annotations":[]}]},{"type":"function_call","id":"fc","call_id":"c","name":"f","arguments":"{}"},{"type":"web_search_call","id":"ws","status":"completed"},{"type":"image_generation_call","id":"ig"}],"usage":{"input_tokens":3,"output_tokens":2,"total_tokens":5,"input_tokens_details":{"cached_tokens":0},"output_tokens_details":{"reasoning_tokens":1}},"error":null}""",
            """{"id":"resp_2","object":"response","status":"failed","output":[],"error":{"code":"server_error","message":"x"},"extra":[true]}""",
        ];

        private static readonly string[] ResponsesStreamEvents =
        [
            """{"type":"response.output_text.delta","sequence_number":3,"item_id":"msg","output_index":0,"content_index":0,"delta":"He"}""",
            """{"type":"response.completed","sequence_number":9,"response":{"id":"resp_1","status":"completed","output":[{"type":"message","id":"m","role":"assistant","content":[{"type":"output_text","text":"Hi"}]}]}}""",
            """{"type":"response.output_item.added","output_index":0,"item":{"type":"message","id":"m","role":"assistant","status":"in_progress","content":[]}}""",
            """{"type":"response.output_text.done","text":"Hello","item_id":"m"}""",
            """{"type":"error","code":"rate_limit","message":"slow down"}""",
        ];

        private static readonly string[] ApiKeyLists =
        [
            """{"object":"list","data":[{"id":"k1","apiKeyType":"ADMIN","description":"d","consumptionLimits":{"usd":50,"diem":"10.5","vcu":null},"limitPeriod":"MONTH","modelPrivacy":"ALL","createdAt":"2025-10-01T12:00:00Z","expiresAt":null,"lastUsedAt":"2025-10-02T08:30:00.000Z","last6Chars":"abcdef","usage":{"trailingSevenDays":{"usd":"1.5","vcu":"2","diem":"3"}},"currentPeriodUsage":{"usd":"0"}},{"id":"k2","apiKeyType":"INFERENCE","limitPeriod":"DAY","modelPrivacy":"PRIVATE","future":1}]}""",
        ];

        private static readonly string[] RateLimits =
        [
            """{"data":{"accessPermitted":true,"apiTier":{"id":"paid","isCharged":true},"balances":{"USD":"12.5","DIEM":3},"keyExpiration":null,"nextEpochBegins":"2025-10-02T00:00:00Z","rateLimits":[{"apiModelId":"m","rateLimits":[{"amount":20,"type":"RPM"},{"amount":"1000000","type":"TPM"},{"amount":5,"type":"RPD"}]}]}}""",
        ];

        private static readonly string[] ModelLists =
        [
            """{"object":"list","type":"text","data":[{"id":"m","type":"text","created":1,"context_length":32768,"object":"model","owned_by":"venice.ai","model_spec":{"name":"M","privacy":"private","traits":["default"],"capabilities":{"optimizedForCode":false,"quantization":"fp8","supportsFunctionCalling":true,"supportsReasoning":true,"supportsReasoningEffort":true,"reasoningEffortOptions":["low","high"],"defaultReasoningEffort":"low","supportsVision":false},"constraints":{"temperature":{"default":0.7},"qualities":["low","high"],"defaultQuality":"high","model_type":"text-to-video"},"pricing":{"input":{"usd":0.5,"diem":"0.5"},"output":{"usd":2,"diem":2}},"voice_cloning":{"mode":"instant"}}},{"id":"e","type":"embedding"},{"id":"z","type":"hologram"}]}""",
        ];
    }
}
