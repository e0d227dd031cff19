import { AppError } from '../../contract/index.ts';
import type { Analyzer } from './service.ts';

// Replaced by the adapter onto core/imports once the reader lands.
export const analyzeForImport: Analyzer = () => Promise.reject(new AppError('INTERNAL', 'Chưa có bộ đọc bảng tính.'));
