// Certificate photos are compressed in the browser before upload: phone photos of 4–12 MB become a
// JPEG of at most 1600 px on the long side (legible for a reviewer), usually 200–500 KB.
export const MAX_SIDE = 1600
export const QUALITY = 0.8

/** The size to draw at: the long side at most `max`, proportions kept, never enlarged. */
export function targetSize(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

export function jpegName(name: string): string {
  return `${name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`
}

/** Draws the image smaller on a canvas and answers a JPEG; a file that cannot be decoded is returned as is. */
export async function compressImage(file: File, max = MAX_SIDE, quality = QUALITY): Promise<File> {
  if (!file.type.startsWith('image/') || typeof createImageBitmap !== 'function') return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return file
  }
  const { width, height } = targetSize(bitmap.width, bitmap.height, max)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return file
  context.drawImage(bitmap, 0, 0, width, height)
  bitmap.close?.()
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', quality))
  if (!blob || blob.size >= file.size) return file
  return new File([blob], jpegName(file.name), { type: 'image/jpeg' })
}
