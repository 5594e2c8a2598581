import { InputNumber } from 'antd';
import type { InputNumberProps } from 'antd';

/**
 * An amount typed in yuan (¥, two decimals, not negative); the form converts it to integer cents
 * with `yuanToCents` before sending.
 */
export function YuanInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number> min={0} precision={2} prefix="¥" style={{ width: '100%' }} {...props} />
  );
}
