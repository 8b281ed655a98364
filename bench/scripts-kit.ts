// The bench's multi-script kit: the built-in kit with its "About Xiaomi" text replaced by a page of
// Japanese, Chinese, Korean and Arabic paragraphs (sentences written for the bench, repeated), so
// both exporters draw CJK (from Noto's CFF collections) and shaped right-to-left Arabic.
import { parseMarkdown } from '../src/core/bundle/markdown';
import type { LoadedBundle } from '../src/shared/model/document';

const PARAGRAPHS = [
  'シャオミとライカは、スマートフォンの写真撮影における長期的な戦略的提携を発表しました。両社は光学設計と画像処理で協力します。',
  '小米与徕卡宣布在智能手机影像领域建立长期战略合作伙伴关系。双方将在光学设计和影像算法方面展开合作。',
  '샤오미와 라이카는 스마트폰 사진 촬영 분야에서 장기적인 전략적 협력을 발표했습니다. 두 회사는 광학 설계와 이미지 처리에서 협력합니다.',
  'أعلنت شاومي ولايكا عن شراكة استراتيجية طويلة الأمد في مجال التصوير بالهواتف الذكية. ستتعاون الشركتان في التصميم البصري ومعالجة الصور.',
];

export function scriptsBundle(base: LoadedBundle): LoadedBundle {
  const markdown = Array.from({ length: 4 }, () => PARAGRAPHS.join('\n\n')).join('\n\n');
  const { blocks, text } = parseMarkdown(markdown);
  return { ...base, documents: base.documents.map((d) => (d.id === 'about-xiaomi' ? { ...d, markdown, blocks, text } : d)) };
}
