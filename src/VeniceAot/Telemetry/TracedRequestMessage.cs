using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using VeniceAot.Http;

namespace VeniceAot.Telemetry
{
    /// <summary>
    /// The request a call is sent with while a listener is attached: it carries the call's span and measurements
    /// from the first send to the end of the body or stream (one span per logical call, whatever the retries).
    /// <see cref="ApiConnection"/> creates it instead of a plain <see cref="HttpRequestMessage"/> only when
    /// <see cref="VeniceTelemetry.IsEnabled"/>, and routes it through traced twins of its send methods; a plain request
    /// meets only the two static hooks below, which are a type test each, so with nobody listening no call pays a byte.
    /// </summary>
    internal sealed class TracedRequestMessage : HttpRequestMessage
    {
        private Activity? _activity;
        private long _startTimestamp;
        private string? _operation;
        private string? _requestModel;
        private string? _responseModel;
        private string? _responseId;
        private long? _inputTokens;
        private long? _outputTokens;
        private int _attempts;
        private string? _errorType;
        private bool _started;
        private bool _stopped;
        private ChatOutputRecorder? _output;

        /// <summary>Creates the request.</summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="uri">The absolute URI.</param>
        /// <param name="route">The route template (<c>url.template</c>), or null to use the request path.</param>
        public TracedRequestMessage(HttpMethod method, Uri uri, string? route)
            : base(method, uri)
        {
            Route = route;
        }

        /// <summary>The route template the call was declared with, e.g. <c>/api_keys/{id}</c>.</summary>
        public string? Route { get; }

        /// <summary>Notes that another attempt follows, after <paramref name="delay"/>, because of <paramref name="failure"/>.</summary>
        /// <param name="request">The original request.</param>
        /// <param name="nextAttempt">The number of the attempt about to be sent (2 for the first retry).</param>
        /// <param name="delay">The wait before it.</param>
        /// <param name="failure">The failed response, or null when the connection failed.</param>
        /// <param name="networkError">The connection failure, when there was no response.</param>
        public static void Retry(HttpRequestMessage request, int nextAttempt, TimeSpan delay, HttpResponseMessage? failure, Exception? networkError)
        {
            if (request is TracedRequestMessage traced)
            {
                traced._attempts = nextAttempt;
                if (traced._activity is { IsAllDataRequested: true } activity)
                {
                    string reason = failure is not null ? StatusText((int)failure.StatusCode) : networkError?.GetType().FullName ?? "_OTHER";
                    activity.AddEvent(new ActivityEvent(
                        TelemetryNames.RetryEvent,
                        tags: new ActivityTagsCollection
                        {
                            [TelemetryNames.RetryAttempt] = nextAttempt,
                            [TelemetryNames.RetryDelay] = delay.TotalSeconds,
                            [TelemetryNames.ErrorType] = reason,
                        }));
                }
            }
        }

        /// <summary>Records the successful response's status and Venice headers.</summary>
        /// <param name="request">The original request.</param>
        /// <param name="response">The response whose headers have arrived.</param>
        public static void Response(HttpRequestMessage request, HttpResponseMessage response)
        {
            if (request is TracedRequestMessage { _activity: { IsAllDataRequested: true } activity })
            {
                SetMetadata(activity, ResponseMetadata.From(response));
            }
        }

        /// <summary>Starts the call's span and clock (once; later calls do nothing).</summary>
        /// <param name="recordContent">Whether prompt and completion text may be recorded.</param>
        public void Start(bool recordContent)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            _attempts = 1;
            _startTimestamp = Stopwatch.GetTimestamp();
            string route = Route ?? RequestUri?.AbsolutePath ?? "/";
            object? body = (Content as TracedJsonContent)?.Body;
            _requestModel = (body as IModelRequest)?.Model;
            _operation = TelemetryNames.OperationFor(route);
            string name = _operation is null
                ? Method.Method + " " + route
                : _requestModel is null ? _operation : _operation + " " + _requestModel;

            // The attributes a sampler may decide on are given at creation, as the semantic conventions ask; a default
            // parent context makes Activity.Current the parent.
            var startTags = new List<KeyValuePair<string, object?>>(6) { new(TelemetryNames.ProviderName, VeniceTelemetry.ProviderName) };
            if (_operation is not null)
            {
                startTags.Add(new(TelemetryNames.OperationName, _operation));
            }

            if (_requestModel is not null)
            {
                startTags.Add(new(TelemetryNames.RequestModel, _requestModel));
            }

            if (RequestUri is { } uri)
            {
                startTags.Add(new(TelemetryNames.ServerAddress, uri.Host));
                startTags.Add(new(TelemetryNames.ServerPort, uri.Port));
            }

            _activity = VeniceTelemetry.Source.StartActivity(name, ActivityKind.Client, default(ActivityContext), startTags);
            if (_activity is not { IsAllDataRequested: true } activity)
            {
                return;
            }

            activity.SetTag(TelemetryNames.HttpRequestMethod, Method.Method);
            activity.SetTag(TelemetryNames.UrlTemplate, route);
            ChatTelemetry.RecordRequest(activity, body, recordContent);
            if (ChatTelemetry.IsChat(body))
            {
                _output = new ChatOutputRecorder(recordContent);
            }
        }

        /// <summary>Reads model, id, usage (and, when opted in, output text) from a parsed body or stream event.</summary>
        /// <param name="value">The value.</param>
        public void Completed(object? value)
        {
            if (!_started || _stopped)
            {
                return;
            }

            if (value is IUsageReport report)
            {
                UsageReport usage = report.Usage;
                _responseModel = string.IsNullOrEmpty(usage.Model) ? _responseModel : usage.Model;
                _responseId = string.IsNullOrEmpty(usage.Id) ? _responseId : usage.Id;
                _inputTokens = usage.InputTokens ?? _inputTokens;
                _outputTokens = usage.OutputTokens ?? _outputTokens;
            }

            if (_activity is { IsAllDataRequested: true } activity)
            {
                ChatTelemetry.RecordResponse(activity, value, _output);
            }
        }

        /// <summary>
        /// Records the call's failure (<c>error.type</c>, span status, the error response's headers). Returns false, so
        /// it sits in an exception filter and lets the exception pass untouched.
        /// </summary>
        /// <param name="error">The exception.</param>
        /// <returns>False.</returns>
        public bool Fail(Exception error)
        {
            if (!_started || _stopped)
            {
                return false;
            }

            _errorType = error is VeniceApiException api ? StatusText((int)api.StatusCode) : error.GetType().FullName ?? "_OTHER";
            if (_activity is { IsAllDataRequested: true } activity)
            {
                if (error is VeniceApiException { Metadata: { } metadata })
                {
                    SetMetadata(activity, metadata);
                }
                else if (error is VeniceApiException apiError)
                {
                    activity.SetTag(TelemetryNames.HttpStatusCode, (int)apiError.StatusCode);
                }

                // The description names the failure without its message, which can quote request content back.
                activity.SetStatus(ActivityStatusCode.Error, error is VeniceApiException ? "HTTP " + _errorType : error.GetType().Name);
            }
        
            return false;
        }

        /// <summary>Ends the span and records the metrics (once).</summary>
        public void Stop()
        {
            if (!_started || _stopped)
            {
                return;
            }

            _stopped = true;
            double seconds = Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;
            if (_activity is { } activity)
            {
                if (activity.IsAllDataRequested)
                {
                    SetIfNotNull(activity, TelemetryNames.ResponseModel, _responseModel);
                    SetIfNotNull(activity, TelemetryNames.ResponseId, _responseId);
                    if (_inputTokens is { } input)
                    {
                        activity.SetTag(TelemetryNames.InputTokens, input);
                    }

                    if (_outputTokens is { } output)
                    {
                        activity.SetTag(TelemetryNames.OutputTokens, output);
                    }

                    activity.SetTag(TelemetryNames.RetryAttempts, _attempts);
                    SetIfNotNull(activity, TelemetryNames.ErrorType, _errorType);
                    _output?.Flush(activity);
                }

                activity.Dispose();
            }

            if (_operation is null)
            {
                return;
            }

            var tags = new TagList
            {
                { TelemetryNames.OperationName, _operation },
                { TelemetryNames.ProviderName, VeniceTelemetry.ProviderName },
            };
            if (_requestModel is not null)
            {
                tags.Add(TelemetryNames.RequestModel, _requestModel);
            }

            if (_responseModel is not null)
            {
                tags.Add(TelemetryNames.ResponseModel, _responseModel);
            }

            if (RequestUri is { } uri)
            {
                tags.Add(TelemetryNames.ServerAddress, uri.Host);
                tags.Add(TelemetryNames.ServerPort, uri.Port);
            }

            if (_errorType is not null)
            {
                tags.Add(TelemetryNames.ErrorType, _errorType);
            }

            VeniceTelemetry.OperationDuration.Record(seconds, tags);
            if (_inputTokens is { } inputTokens)
            {
                TagList inputTags = tags;
                inputTags.Add(TelemetryNames.TokenType, "input");
                VeniceTelemetry.TokenUsage.Record(inputTokens, inputTags);
            }

            if (_outputTokens is { } outputTokens)
            {
                TagList outputTags = tags;
                outputTags.Add(TelemetryNames.TokenType, "output");
                VeniceTelemetry.TokenUsage.Record(outputTokens, outputTags);
            }
        }

        private static void SetMetadata(Activity activity, ResponseMetadata metadata)
        {
            activity.SetTag(TelemetryNames.HttpStatusCode, (int)metadata.StatusCode);
            SetIfNotNull(activity, TelemetryNames.VeniceRequestId, metadata.RequestId);
            RateLimitState limits = metadata.RateLimit;
            SetIfNotNull(activity, TelemetryNames.RateLimitLimitRequests, limits.LimitRequests);
            SetIfNotNull(activity, TelemetryNames.RateLimitRemainingRequests, limits.RemainingRequests);
            SetIfNotNull(activity, TelemetryNames.RateLimitResetRequests, limits.ResetRequests);
            SetIfNotNull(activity, TelemetryNames.RateLimitLimitTokens, limits.LimitTokens);
            SetIfNotNull(activity, TelemetryNames.RateLimitRemainingTokens, limits.RemainingTokens);
            SetIfNotNull(activity, TelemetryNames.RateLimitResetTokens, limits.ResetTokens);
            SetIfNotNull(activity, TelemetryNames.RateLimitType, limits.Type);
            SetIfNotNull(activity, TelemetryNames.BalanceUsd, metadata.BalanceUsd);
            SetIfNotNull(activity, TelemetryNames.BalanceDiem, metadata.BalanceDiem);
            SetIfNotNull(activity, TelemetryNames.BalanceRemaining, metadata.BalanceRemaining);
            SetIfNotNull(activity, TelemetryNames.VeniceVersion, metadata.VeniceVersion);
            if (metadata.IsDeprecated)
            {
                activity.SetTag(TelemetryNames.Deprecated, true);
                SetIfNotNull(activity, TelemetryNames.DeprecatedReplacement, metadata.DeprecatedReplacement);
            }

            SetIfNotNull(activity, TelemetryNames.ModelDeprecationWarning, metadata.ModelDeprecationWarning);
            SetIfNotNull(activity, TelemetryNames.ModelDeprecationDate, metadata.ModelDeprecationDate);
        }

        private static void SetIfNotNull(Activity activity, string name, string? value)
        {
            if (value is not null)
            {
                activity.SetTag(name, value);
            }
        }

        private static void SetIfNotNull(Activity activity, string name, long? value)
        {
            if (value is { } number)
            {
                activity.SetTag(name, number);
            }
        }

        private static void SetIfNotNull(Activity activity, string name, decimal? value)
        {
            if (value is { } number)
            {
                activity.SetTag(name, (double)number);
            }
        }

        private static void SetIfNotNull(Activity activity, string name, DateTimeOffset? value)
        {
            if (value is { } time)
            {
                activity.SetTag(name, time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            }
        }

        private static string StatusText(int status) => status.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The JSON body of a traced request: the serialized bytes plus the typed value they came from, so telemetry can
    /// read the model (and, when opted in, the messages) without parsing JSON. Created only while a listener is attached.
    /// </summary>
    internal sealed class TracedJsonContent(byte[] bytes, object? body) : ByteArrayContent(bytes)
    {
        /// <summary>The request body object.</summary>
        public object? Body { get; } = body;
    }
}
