import { describe, expect, it } from 'vitest';
import {
  applyFieldAccess,
  canReveal,
  fieldViewFor,
  guardFieldWrites,
  maskEmail,
  maskPhone,
  type FieldRule,
} from './field-access.js';

const rules: FieldRule[] = [
  { role: 'sales', entity: 'customer', field: 'phone', mode: 'read_only', masked: true },
  { role: 'sales', entity: 'customer', field: 'email', mode: 'editable', masked: true },
  { role: 'sales', entity: 'customer', field: 'address', mode: 'hidden', masked: false },
  { role: 'service', entity: 'customer', field: 'phone', mode: 'editable', masked: true },
  { role: 'marketing', entity: 'customer', field: 'phone', mode: 'hidden', masked: false },
];

const customer = {
  id: 'c1',
  name: 'Acme',
  phone: '13812341234',
  email: 'zhang@example.com',
  address: '1 Road',
  region: 'East',
};

describe('masking', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('+8613812341234')).toBe('+86****1234');
    expect(maskPhone('12345')).toBe('****45');
    expect(maskPhone('123')).toBe('****');
  });
  it('keeps the first letter and the domain of an e-mail', () => {
    expect(maskEmail('zhang@example.com')).toBe('z***@example.com');
    expect(maskEmail('a@b.cn')).toBe('a***@b.cn');
    expect(maskEmail('no-at-sign')).toBe('n***');
  });
});

describe('field view', () => {
  it('leaves everything open for a role without rules', () => {
    expect(fieldViewFor(['admin'], rules)).toEqual({});
    expect(applyFieldAccess(fieldViewFor(['admin'], rules), 'customer', customer)).toEqual(
      customer,
    );
  });
  it('hides, masks and marks read-only as the role says', () => {
    const view = fieldViewFor(['sales'], rules);
    expect(applyFieldAccess(view, 'customer', customer)).toEqual({
      ...customer,
      phone: '138****1234',
      email: 'z***@example.com',
      address: null,
    });
    expect(canReveal(view, 'customer', 'phone')).toBe(true);
    expect(canReveal(view, 'customer', 'address')).toBe(false);
  });
  it('lets the most open role win, masking only when every role masks', () => {
    const salesAndService = fieldViewFor(['sales', 'service'], rules);
    expect(salesAndService.customer?.phone).toEqual({ mode: 'editable', masked: true });
    const salesAndAdmin = fieldViewFor(['sales', 'admin'], rules);
    expect(salesAndAdmin.customer).toBeUndefined();
    const marketingAndSales = fieldViewFor(['marketing', 'sales'], rules);
    expect(marketingAndSales.customer?.phone).toEqual({ mode: 'read_only', masked: true });
  });
  it('never masks a hidden field or a field that is not a phone or e-mail', () => {
    const view = fieldViewFor(
      ['hr'],
      [{ role: 'hr', entity: 'customer', field: 'region', mode: 'read_only', masked: true }],
    );
    expect(applyFieldAccess(view, 'customer', customer).region).toBe('East');
  });
});

describe('writes', () => {
  const view = fieldViewFor(['sales'], rules);
  it('refuses a change to a read-only or hidden field', () => {
    expect(
      guardFieldWrites(view, 'customer', { phone: '13900000000', address: 'x' }, customer).refused,
    ).toEqual(['phone', 'address']);
  });
  it('drops what the person was shown (masked or null) instead of storing it', () => {
    const { body, refused } = guardFieldWrites(
      view,
      'customer',
      { name: 'Acme 2', phone: '138****1234', email: 'z***@example.com', address: null },
      customer,
    );
    expect(refused).toEqual([]);
    expect(body).toEqual({ name: 'Acme 2' });
  });
  it('lets an editable masked field take a new value, and a create leave restricted fields empty', () => {
    expect(guardFieldWrites(view, 'customer', { email: 'li@example.com' }, customer)).toEqual({
      body: { email: 'li@example.com' },
      refused: [],
    });
    expect(
      guardFieldWrites(view, 'customer', { phone: null, address: null }, null).refused,
    ).toEqual([]);
    expect(guardFieldWrites(view, 'customer', { phone: '139' }, null).refused).toEqual(['phone']);
  });
});
