import { useQuery } from '@tanstack/react-query';
import { listDepartments } from '../../api/departments-api';
import { listAllUsers } from '../../api/users-api';

export const USERS_KEY = ['users'] as const;
export const DEPARTMENTS_KEY = ['departments'] as const;

export function useDepartments() {
  return useQuery({ queryKey: DEPARTMENTS_KEY, queryFn: listDepartments });
}

/** All users, for the manager picker and for showing managers' names. */
export function useUserDirectory() {
  return useQuery({ queryKey: [...USERS_KEY, 'directory'], queryFn: listAllUsers });
}
