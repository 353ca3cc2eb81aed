import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '@carecircle/api/auth';

const DATABASE_CHECK_TIMEOUT_MS = 3000;

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let database: 'up' | 'down' = 'down';
    try {
      // A database that does not answer is down for the people waiting on it: give up after a few seconds.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('health check timed out')), DATABASE_CHECK_TIMEOUT_MS);
      });
      try {
        await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      } finally {
        clearTimeout(timer);
      }
      database = 'up';
    } catch {
      database = 'down';
    }
    const body = { status: database === 'up' ? 'ok' : 'degraded', api: 'up', database, checkedInMs: Date.now() - started };
    res.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }
}
