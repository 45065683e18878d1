using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Images
{
    /// <summary>
    /// The Images group, reached as <see cref="VeniceClient.Images"/>: generate (Venice-native and OpenAI-compatible), list
    /// styles, upscale, edit, multi-edit and remove backgrounds. Upscale, edit, multi-edit and background removal each take
    /// a JSON request (images as base64 or URLs) or a multipart upload (<see cref="MediaUpload"/> from a file or stream,
    /// streamed into the request). Binary answers are unbuffered: dispose them, or save them with
    /// <see cref="BinaryResponse.SaveToFileAsync"/>. Image headers (<see cref="ResponseMetadata.IsBlurred"/>,
    /// <see cref="ResponseMetadata.IsContentViolation"/>, model deprecation) are on each answer's <c>Metadata</c>.
    /// </summary>
    public sealed class ImagesClient
    {
        private readonly IImagesApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public ImagesClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new ImagesApiClient(connection);
        }

        /// <summary>
        /// <c>POST /image/generate</c>. Venice answers JSON with base64 images (<see cref="MediaResponse{T}.Value"/>), or with
        /// <see cref="GenerateImageRequest.ReturnBinary"/> the image itself (<see cref="MediaResponse{T}.Media"/>); which one
        /// arrived is decided by the response's <c>Content-Type</c>. Dispose the result.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The JSON answer or the image, with the response metadata.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<GenerateImageResponse>> GenerateAsync(GenerateImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.GenerateAsync(request, cancellationToken);
        }

        /// <summary><c>POST /images/generations</c>, the OpenAI-compatible generator (fewer options than <see cref="GenerateAsync"/>).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The images.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<SimpleGenerateImageResponse> GenerateSimpleAsync(SimpleGenerateImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.GenerateSimpleAsync(request, cancellationToken);
        }

        /// <summary>Like <see cref="GenerateSimpleAsync"/>, also returning the response headers (blurred, content violation, deprecation).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The images and the response metadata.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ApiResponse<SimpleGenerateImageResponse>> GenerateSimpleWithMetadataAsync(SimpleGenerateImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.GenerateSimpleWithMetadataAsync(request, cancellationToken);
        }

        /// <summary><c>GET /image/styles</c>: the names <see cref="GenerateImageRequest.StylePreset"/> accepts (no key needed).</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The style names.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<ImageStylesResponse> GetStylesAsync(CancellationToken cancellationToken = default) =>
            _api.GetStylesAsync(cancellationToken);

        /// <summary><c>POST /image/upscale</c> with a JSON body (the image as base64).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> UpscaleAsync(UpscaleImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.UpscaleAsync(request, cancellationToken);
        }

        /// <summary><c>POST /image/upscale</c> as a multipart upload (the image streamed from a file or stream).</summary>
        /// <param name="upload">The image and options.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> UpscaleAsync(UpscaleImageUpload upload, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(upload);
            return _api.UpscaleUploadAsync(upload.ToContent(), cancellationToken);
        }

        /// <summary><c>POST /image/edit</c> with a JSON body (the image as base64 or a URL).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> EditAsync(EditImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.EditAsync(request, cancellationToken);
        }

        /// <summary><c>POST /image/edit</c> as a multipart upload (the image streamed from a file or stream).</summary>
        /// <param name="upload">The image, prompt and options.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> EditAsync(EditImageUpload upload, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(upload);
            return _api.EditUploadAsync(upload.ToContent(), cancellationToken);
        }

        /// <summary><c>POST /image/multi-edit</c> with a JSON body (images as base64, data URLs or URLs).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> MultiEditAsync(MultiEditImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.MultiEditAsync(request, cancellationToken);
        }

        /// <summary><c>POST /image/multi-edit</c> as a multipart upload (each image streamed from a file or stream).</summary>
        /// <param name="upload">The images, prompt and options.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The edited image; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> MultiEditAsync(MultiEditImageUpload upload, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(upload);
            return _api.MultiEditUploadAsync(upload.ToContent(), cancellationToken);
        }

        /// <summary><c>POST /image/background-remove</c> with a JSON body (the image as base64, or its URL).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image with a transparent background; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> RemoveBackgroundAsync(BackgroundRemoveImageRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.RemoveBackgroundAsync(request, cancellationToken);
        }

        /// <summary><c>POST /image/background-remove</c> as a multipart upload (the image streamed from a file or stream, or its URL).</summary>
        /// <param name="upload">The image or its URL.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The PNG image with a transparent background; dispose it.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BinaryResponse> RemoveBackgroundAsync(BackgroundRemoveImageUpload upload, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(upload);
            return _api.RemoveBackgroundUploadAsync(upload.ToContent(), cancellationToken);
        }
    }
}
